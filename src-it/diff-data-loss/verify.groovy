// diff-data-loss: a replaced table without Retain is a DATA LOSS risk; failOnRisk=DATA_LOSS fails the build.
def md = new File(basedir, 'target/stackdocs-diff/changes.md')
assert md.isFile() : 'changes.md not written'
def text = md.text
def lines = text.readLines()
// risk section first, naming the stack, the table and why
def risk = lines.find { it.startsWith('- **DATA LOSS**') }
assert risk : "no DATA LOSS line in:\n${text}"
assert risk.contains('orders / OrdersTable') && risk.contains('TableName')
assert text.indexOf('### Risks') < text.indexOf('<details>')
// the table row says will replace; the topic is updated in place
assert lines.any { it.startsWith('| `OrdersTable` |') && it.contains('**will replace**') }
assert lines.any { it.startsWith('| `Notifications` |') && it.contains('in place') }
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/stackdocs-diff/changes.json'))
assert json.schemaVersion == 1
assert json.risks*.kind == ['DATA_LOSS']

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('at or above failOnRisk=DATA_LOSS')
assert log.contains('MojoFailureException') && !log.contains('MojoExecutionException')
return true
