// sam-nested-application: the sam init layout of a parent template.yaml whose AWS::Serverless::Application has a
// local Location (orders/template.yaml). The child is documented once, as the nested stack <parent>-Orders (not
// also as a top-level stack of its own), with the parameters passed in and the outputs the parent uses; the child
// links back to the application resource. An application from the Serverless Application Repository
// (ApplicationId/SemanticVersion) is not a template of the project and loads nothing.
def out = new File(basedir, 'target/stackdocs')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('stackdocs: 2 stacks, 5 resources, 0 errors, 0 warnings')

def pages = new File(out, 'stacks').list().findAll { it.endsWith('.md') }.sort()
assert pages.size() == 2 : "the nested template documented twice? ${pages}"
def childPage = pages.find { it.endsWith('template-Orders.md') }
assert childPage : "no nested stack page for Orders: ${pages}"
def parentPage = pages.find { it != childPage }
assert childPage == parentPage.replace('.md', '-Orders.md')
def parentName = new File(out, "stacks/${parentPage}").text.find(/# Stack: (\S+)/) { m, n -> n }

def parent = new File(out, "stacks/${parentPage}").text
assert parent.contains('## Nested stacks')
assert parent.contains("- Stack: [${parentName}-Orders](../stacks/${childPage})")
assert parent.contains('- Parameters passed in: `Stage = dev`')
assert parent.contains("- Outputs used here: [${parentName}-Orders / QueueUrl](../stacks/${childPage}#output-queueurl)")
def nestedSection = parent.substring(parent.indexOf('## Nested stacks'), parent.indexOf('## Outputs'))
assert nestedSection.contains('### Orders') && !nestedSection.contains('Auth') : 'a Serverless Application Repository application is not a nested template'
assert parent.contains('| `Orders` | AWS::CloudFormation::Stack |')

def child = new File(out, "stacks/${childPage}").text
assert child.contains("- Nested stack: created by [${parentName} / Orders](../stacks/${parentPage}#resource-orders)")
assert child.contains('- Source file: src/main/cloudformation/orders/template.yaml')
assert child.contains('#### OrdersFunction')

def model = new groovy.json.JsonSlurper().parse(new File(out, 'model.json'))
def nested = model.stacks.find { it.name == "${parentName}-Orders" }
assert nested.nestedIn.parentStack == parentName && nested.nestedIn.logicalId == 'Orders'
return true
