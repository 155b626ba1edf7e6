// terraform-plan: docs, drift and the change log of a Terraform plan; its sensitive values in no output.
def password = 'Orders-Db-Pa55word-7f3c'
def md = new File(basedir, 'target/stackdocs-diff/changes.md')
assert md.isFile() : 'changes.md not written'
def text = md.text
def lines = text.readLines()
def risk = lines.find { it.startsWith('- **DATA LOSS**') && it.contains('aws_db_instance.orders') }
assert risk : "no DATA LOSS line for the database in:\n${text}"
assert risk.contains('storage\\_encrypted forces replacement')
assert lines.any { it.startsWith('- **SECURITY**') && it.contains('module.network.aws_security_group.db') && it.contains('0.0.0.0/0') }
assert lines.any { it.startsWith('| `aws_db_instance.orders` |') && it.contains('**will replace**') }
assert lines.any { it.startsWith('| `aws_sqs_queue.legacy_orders` |') && it.contains('**destroy**') }
assert text.contains('prior state')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/stackdocs-diff/changes.json'))
assert json.risks*.kind.containsAll(['DATA_LOSS', 'SECURITY'])
// the docs: the root module and its child module as stacks
def docs = new File(basedir, 'target/stackdocs')
assert new File(docs, 'index.html').isFile()
assert new File(docs, 'model.json').isFile()
// drift from the plan's resource_drift, in the build log
def log = new File(basedir, 'build.log').text
assert log.contains("aws_lambda_function.orders_api") && log.contains('modified outside Terraform') : 'no drift in the log'
assert log.contains('deleted outside Terraform')
// the password is in no file written and not in the log
def leaks = []
new File(basedir, 'target').eachFileRecurse(groovy.io.FileType.FILES) { f ->
  if (f.text.contains(password)) { leaks << f.path }
}
assert leaks.isEmpty() : "password written to ${leaks}"
assert !log.contains(password)
return true
