// snapshot-live: snapshot wrote the CLI layout for 'orders', warned about 'ghost', and generate read it offline.
def server = System.properties.remove('stackdocs.it.mock')
def requests = System.properties.remove('stackdocs.it.requests')
server?.stop(0)
def log = new File(basedir, 'build.log').text.replace('\r', '')

def folder = new File(basedir, 'src/main/deployed/orders')
['describe-stacks.json', 'list-stack-resources.json', 'describe-stack-resource-drifts.json', 'get-template.json'].each {
  assert new File(folder, it).isFile() : "missing ${it}"
}
def stacks = new File(folder, 'describe-stacks.json').text
assert stacks.startsWith('{\n    "Stacks": [\n        {\n            "StackId": "arn:aws:cloudformation:eu-west-1:')
assert stacks.contains('"ParameterValue": "****"')
assert stacks.contains('"CreationTime": "2026-03-02T09:14:27.511000+00:00"')
assert !new File(basedir, 'src/main/deployed/ghost').exists()
assert log =~ /WARNING\] stack 'ghost' not found in this account and region \(eu-west-1\)/
assert log.contains('snapshot of 1 stack(s) written to')
assert !log.contains('it-dummy-secret') && !log.contains('AKIDEXAMPLE')

// only read-only calls, signed for eu-west-1
assert requests.every { it =~ /Action=(DescribeStacks|ListStackResources|DescribeStackResourceDrifts|GetTemplate)&/ }
assert requests.every { it.contains('Version=2010-05-15') }

// generate, in the same build, read the snapshot offline
def md = new File(basedir, 'target/stackdocs/stacks/orders.md').text
assert md.contains('CREATE\\_COMPLETE') || md.contains('CREATE_COMPLETE')
assert md.contains('orders-OrdersQueue-Jx2w')
return true
