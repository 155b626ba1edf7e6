// sam-app: a SAM template (Globals with AutoPublishAlias, a function with an Api and an SQS event, a
// SimpleTable) documents, under each SAM resource, its events and the resources the SAM transform creates
// with the SAM translator's logical ids; the implicit REST API is listed once for the stack. Globals are shown
// on every function they apply to, marked "(from Globals)" or "(merged with Globals)", in every format.
def out = new File(basedir, 'target/stackdocs')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

def md = new File(out, 'stacks/orders.md').text
assert md.contains('CloudFormation will create (SAM transform):')
// the function: role, version and alias from Globals.AutoPublishAlias, one id per event
[ '| `OrdersFunction` | AWS::Lambda::Function |',
  '| `OrdersFunctionRole` | AWS::IAM::Role |',
  '| `OrdersFunctionVersion<hash>` | AWS::Lambda::Version |',
  '| `OrdersFunctionAliaslive` | AWS::Lambda::Alias |',
  '| `OrdersFunctionGetOrdersPermissionProd` | AWS::Lambda::Permission | event GetOrders (Api) |',
  '| `OrdersFunctionIncoming` | AWS::Lambda::EventSourceMapping | event Incoming (SQS) |',
  '| `OrdersTable` | AWS::DynamoDB::Table |',
  // the implicit API, once for the stack
  '## Created by the SAM transform for several resources',
  '| `ServerlessRestApi` | AWS::ApiGateway::RestApi |',
  '| `ServerlessRestApiDeployment<hash>` | AWS::ApiGateway::Deployment |',
  '| `ServerlessRestApiProdStage` | AWS::ApiGateway::Stage |',
].each { assert md.contains(it) : "orders.md lacks ${it}" }
// the events with their key properties
assert md.contains('- GetOrders (Api): `Method: get`, `Path: /orders`')
assert md.contains('- Incoming (SQS): `Queue: !GetAtt OrdersQueue.Arn`, `BatchSize: 5`')

def adoc = new File(out, 'stacks/orders.adoc').text
assert adoc.contains('|``OrdersFunctionGetOrdersPermissionProd`` |AWS::Lambda::Permission |event GetOrders (Api)')
assert adoc.contains('|``ServerlessRestApiProdStage`` |AWS::ApiGateway::Stage')
// ${ServerlessRestApi} in the output names an implicit resource: no undefined-name finding
assert !md.contains('is not defined')
assert !log.contains('is not defined')
// Globals on every function: HealthFunction has no Properties of its own and still gets a property table
def health = md.substring(md.indexOf('#### HealthFunction'), md.indexOf('#### OrdersFunction'))
[ '| Runtime | `python3.12` (from Globals) |',
  '| MemorySize | `256` (from Globals) |',
  '| Handler | `app.handler` (from Globals) |',
].each { assert health.contains(it) : "HealthFunction lacks ${it}\n${health}" }
def orders = md.substring(md.indexOf('#### OrdersFunction'))
assert orders.contains('| Handler | `app.handler` |') : 'its own Handler overrides Globals: not marked'
assert orders.contains('| Runtime | `python3.12` (from Globals) |')
assert orders =~ /\| Environment \| .* \(merged with Globals\) \|/
assert adoc.contains('|MemorySize |``256`` (from Globals) |')
def html = new File(out, 'stacks/orders.html').text
assert html.contains('(merged with Globals)') && html.contains('(from Globals)')
def model = new groovy.json.JsonSlurper().parse(new File(out, 'model.json'))
def fn = model.stacks[0].resources.find { it.logicalId == 'OrdersFunction' }
assert fn.fromGlobals.Runtime == [source: 'from Globals', value: 'python3.12']
assert fn.fromGlobals.Environment.source == 'merged with Globals'
assert fn.fromGlobals.Environment.value.Variables == [LOG_LEVEL: 'info', TABLE: [Ref: 'OrdersTable']]
assert !fn.fromGlobals.containsKey('Handler')
assert model.stacks[0].resources.find { it.logicalId == 'OrdersTable' }.fromGlobals == null
return true
