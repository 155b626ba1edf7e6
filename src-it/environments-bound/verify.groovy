// environments-bound: two environments bound from parameter files (AWS CLI array, CodePipeline configuration,
// plain map) and a samconfig.toml; the pages and model.json are compared whole with golden files in expected/.
// Update them with: mvn -pl plugin verify -Dinvoker.test=environments-bound -Dgolden.update=true
import groovy.json.JsonSlurper

def out = new File(basedir, 'target/stackdocs')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

// No NoEcho value (given in both parameter files) in any output or in the log.
out.eachFileRecurse(groovy.io.FileType.FILES) {
  assert !it.text.contains('must-never-appear') : "a NoEcho value is in ${it}"
}
assert !log.contains('must-never-appear') : 'a NoEcho value is in the build log'

// The model: both environments, cross-stack links resolved, dev without the NAT gateway, ForEach expanded.
def model = new JsonSlurper().parseText(new File(out, 'model.json').text)
assert model.environments.selected == 'prod'
assert model.environments.all*.name == ['prod', 'dev']
def links = model.graph.crossStackLinks
assert links.any { it.importingStack == 'app' && it.exportName == 'network-VpcId' && it.exportingStack == 'network' }
def dev = model.environments.all.find { it.name == 'dev' }
def devNetwork = dev.stacks.find { it.name == 'network' }
assert devNetwork.binding.notCreated*.id.containsAll(['NatEip', 'NatGateway'])
assert devNetwork.binding.conditions.IsProd == 'FALSE'
def prodApp = model.stacks.find { it.name == 'app' }
assert prodApp.resources*.logicalId.containsAll(['ordersQueue', 'paymentsQueue'])
assert prodApp.resources.find { it.logicalId == 'Function' }.properties.MemorySize == 2048

// Whole pages and model.json against the golden files.
def expected = new File(basedir, 'expected')
def source = new File(basedir, '../../../../src-it/environments-bound/expected').canonicalFile
def update = Boolean.getBoolean('golden.update')
def compared = ['stacks/app.md', 'stacks/network.md', 'stacks/events.md', 'model.json']
def failures = []
compared.each { path ->
  def actual = new File(out, path).text
  if (update) {
    def target = new File(source, path)
    target.parentFile.mkdirs()
    target.text = actual
    return
  }
  def golden = new File(expected, path)
  assert golden.isFile() : "no golden file ${golden}; run with -Dgolden.update=true"
  if (golden.text != actual) {
    def a = golden.text.readLines()
    def b = actual.readLines()
    def shown = []
    for (int i = 0; i < Math.max(a.size(), b.size()) && shown.size() < 40; i++) {
      def x = i < a.size() ? a[i] : '<none>'
      def y = i < b.size() ? b[i] : '<none>'
      if (x != y) {
        shown << "line ${i + 1}:\n  - ${x}\n  + ${y}"
      }
    }
    failures << "${path} differs from the golden file:\n" + shown.join('\n')
  }
}
assert failures.isEmpty() : failures.join('\n\n')
return true
