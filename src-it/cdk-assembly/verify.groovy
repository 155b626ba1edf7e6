// cdk-assembly: the default cdk.out (synthesized by app/synth.sh from a real CDK app) is read as a cloud
// assembly beside a plain template; its templates are not scanned a second time by the include globs.
import groovy.json.JsonSlurper

def out = new File(basedir, 'target/stackdocs')
def log = new File(basedir, 'build.log').text

['index.md', 'stacks/Storage.md', 'stacks/Service.md', 'stacks/dns.md', 'stacks/Service.adoc', 'model.json'].each {
  assert new File(out, it).isFile() : "missing ${it} in ${out}"
}
def pages = new File(out, 'stacks').list().findAll { it.endsWith('.md') }.sort()
assert pages == ['Service-Alarms.md', 'Service.md', 'Storage.md', 'dns.md'] :
    "cdk.out templates documented twice? ${pages}"
// the CDK nested stack (found by its asset hash in Service.assets.json) is named by its construct path, linked
// both ways, and its resource has its construct path (from Service.metadata.json)
assert new File(out, 'stacks/Service.md').text.contains("- Stack: [Service/Alarms](../stacks/Service-Alarms.md)")
def nestedText = new File(out, "stacks/Service-Alarms.md").text
assert nestedText.contains('- Nested stack: created by [Service / AlarmsNestedStackAlarmsNestedStackResourceB6627C3C]')
assert nestedText.contains('- Construct path: `AlarmTopic/Resource`')

// the index's stack diagram: Service imports from Storage, and nests its nested stack
def index = new File(out, 'index.md').text
assert index =~ /s_Service -->\|"imports \d+ exports?"\| s_Storage/ : 'import edge missing from the stack diagram'
// the diagrams: the role and its policy fold into what they grant; SVG files beside the pages
assert new File(out, 'diagrams/Service.svg').text.startsWith('<svg ')
assert new File(out, 'diagrams/Service-all.mmd').text.contains('ServiceRole')
assert !new File(out, 'diagrams/Service.mmd').text.contains('ServiceRole')
assert index.contains('s_Service ==>|"nests"| s_Service_Alarms') :
    'nesting edge missing from the stack diagram'

def service = new File(out, 'stacks/Service.md').text
// environment, dependency on the other stack, construct grouping and paths, construct tree
assert service.contains('account 111111111111, region eu-west-1')
assert service.contains('Deployed after: [Storage](../stacks/Storage.md)')
assert service.contains('### Construct OrdersService/Handler')
assert service.contains('Construct path: `OrdersService/Handler/Resource`')
assert service.contains('## Construct tree')
assert service.contains('aws-cdk-lib.aws_lambda.Function')
// the nested stack resource and the cross-stack imports
assert service.contains('AWS::CloudFormation::Stack')
assert service.contains('## Imports') && service.contains('Storage:ExportsOutputRefOrdersArchive')
// CDK bookkeeping hidden and counted
assert service.contains('3 CDK bookkeeping items hidden') // CDKMetadata, BootstrapVersion, CheckBootstrapVersion
assert !service.contains('resource-cdkmetadata') && !service.contains('parameter-bootstrapversion')
assert !service.contains('CheckBootstrapVersion')

def storage = new File(out, 'stacks/Storage.md').text
assert storage.contains('### Construct Orders/Archive')
assert storage.contains('### Construct Orders/Table')

// the plain template keeps the by-service grouping
def dns = new File(out, 'stacks/dns.md').text
assert dns.contains('### Route53')
assert !dns.contains('Construct')

// model.json keeps everything, with the CDK origin
def model = new JsonSlurper().parse(new File(out, 'model.json'))
def svc = model.stacks.find { it.name == 'Service' }
assert svc.cdk.environment == 'aws://111111111111/eu-west-1'
assert svc.cdk.dependencies == ['Storage']
assert svc.resources.any { it.logicalId == 'CDKMetadata' } // hidden on the page, kept in the model

assert log =~ /stackdocs: 4 stacks, \d+ resources, 0 errors/
assert log.contains('BUILD SUCCESS')
return true
