// annotations: stackdocs.yaml beside the templates -> owners, on-call links in pages and runbooks; a bad key warns.
def out = new File(basedir, 'target/stackdocs')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

// the sidecar file is not documented as a template
assert !new File(out, 'stacks/stackdocs.md').exists()

def md = new File(out, 'stacks/orders.md').text
assert md.contains('- Owner: Orders team')
assert md.contains('(https://oncall.example.com/orders)') : 'on-call link missing'
assert md.contains('- Tier: tier-1')                       // template Metadata
assert md.contains('- Team: checkout')                     // sidecar, per resource
assert md.contains('[Dashboard](https://dashboards.example.com/orders-queue)')
assert md.contains('- Owner: data-team')                   // resource tag
def adoc = new File(out, 'stacks/orders.adoc').text
assert adoc.contains('link:https://oncall.example.com/orders[')

// the misspelled key: a WARN at file:line:column with a suggestion
assert log =~ /\[WARNING\] src\/main\/cloudformation\/stackdocs\.yaml:8:3: WARN unknown annotation key 'ownr'; did you mean 'owner'\?/

// runbooks: the generated ownership region
def runbook = new File(basedir, 'src/docs/runbooks/orders/OrdersQueue.adoc').text
assert runbook.contains('// stackdocs:begin ownership')
assert runbook.contains('Owner:: Orders team')
assert runbook.contains('Team:: checkout')
assert runbook.contains('On call:: link:https://oncall.example.com/orders[')
return true
