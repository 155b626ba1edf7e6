// deployed-drift: the snapshot has a resource missing from the deployment (OrdersFunctionErrorsAlarm), an extra
// deployed one (ManualDebugQueue) and a MODIFIED one (OrdersTable). The docs show all three; failOn=WARN fails.
def out = new File(basedir, 'target/stackdocs')
def log = new File(basedir, 'build.log').text.replace('\r', '').replace('\\', '/')

// 1. The docs (written by the failOn=NEVER execution) show all three, and the deployed state.
def md = new File(out, 'stacks/orders.md').text
assert md.contains('## Deployed state')
assert md.contains('drift-not-deployed') && md.contains("resource 'OrdersFunctionErrorsAlarm'")
assert md.contains('- Deployed: no, this resource is not in the deployed stack')
assert md.contains('drift-not-in-template') && md.contains('| ManualDebugQueue | AWS::SQS::Queue |')
assert md.contains('drift-modified') && md.contains('- Drift: MODIFIED')
assert md.contains('/BillingMode: template PAY\\_PER\\_REQUEST, deployed PROVISIONED')
assert md.contains('- Physical id: `orders-OrdersFunction-kV3pQ8sT1uWx` [AWS console](https://eu-west-1.console.aws.amazon.com/lambda/')
def adoc = new File(out, 'stacks/orders.adoc').text
assert adoc.contains('ManualDebugQueue') && adoc.contains('OrdersFunctionErrorsAlarm') && adoc.contains('MODIFIED')
def index = new File(out, 'index.md').text
assert index.contains('## Deployed state and drift')
assert index.contains('| [orders](stacks/orders.md) | UPDATE\\_COMPLETE | 2026-11-18T16:40:03.129000+00:00 | DRIFTED | 1 | 1 | 1 |')

// 2. The failOn=WARN execution fails the build, lists each drift as file:line:col, and writes nothing.
assert log.contains('BUILD FAILURE')
assert log.contains('MojoFailureException') && !log.contains('MojoExecutionException')
assert log =~ /src\/main\/cloudformation\/orders\.yaml:71:3: WARN resource 'OrdersFunctionErrorsAlarm' .* not deployed .*\[drift-not-deployed\]/
assert log =~ /deployed\/orders\/list-stack-resources\.json:3:9: WARN resource 'ManualDebugQueue' .* not in the template .*\[drift-not-in-template\]/
assert log =~ /src\/main\/cloudformation\/orders\.yaml:23:3: WARN resource 'OrdersTable' .* modified outside CloudFormation: \/BillingMode expected 'PAY_PER_REQUEST', actual 'PROVISIONED'.*\[drift-modified\]/
assert log.contains('failOn=WARN')
assert !new File(basedir, 'target/gate/stacks/orders.md').exists()

// 3. The NoEcho parameter's value in the snapshot reaches no file and not the log.
def secret = 'Tr0ub4dor-and-3-horses'
assert new File(basedir, 'deployed/orders/describe-stacks.json').text.contains(secret)
assert !log.contains(secret)
out.eachFileRecurse(groovy.io.FileType.FILES) { assert !it.text.contains(secret) : "NoEcho value in ${it}" }
return true
