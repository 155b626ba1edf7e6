// cdk-nested-outside: the project app/ reads a cloud assembly outside its folder (cdkOut = ../assembly/cdk.out);
// the assembly's nested stack template, inside the assembly, is loaded (not refused as outside the project), named
// by its construct path, and its resource gets its construct path and class from Service.metadata.json and
// tree.json (the synthesized nested template carries no aws:cdk:path).
import groovy.json.JsonSlurper

def out = new File(basedir, 'app/target/stackdocs')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('nested-template-outside') : 'the nested template of the assembly was refused'
assert log =~ /stackdocs: 3 stacks, \d+ resources, 0 errors/

def pages = new File(out, 'stacks').list().findAll { it.endsWith('.md') }.sort()
assert pages == ['Service-Alarms.md', 'Service.md', 'Storage.md'] : "pages: ${pages}"

def nested = new File(out, 'stacks/Service-Alarms.md').text
assert nested.contains('# Stack: Service/Alarms')
assert nested.contains('- Source file: ../assembly/cdk.out/ServiceAlarms4746857E.nested.template.json')
assert nested.contains('- CDK stack: `Service/Alarms` from the cloud assembly ../assembly/cdk.out')
assert nested.contains('- Nested stack: created by [Service / AlarmsNestedStackAlarmsNestedStackResourceB6627C3C]'
    + '(../stacks/Service.md#resource-alarmsnestedstackalarmsnestedstackresourceb6627c3c)')
assert nested.contains('### Construct AlarmTopic\n\nConstruct class: `aws-cdk-lib.aws_sns.Topic`')
assert nested.contains('- Construct path: `AlarmTopic/Resource`')
assert nested.contains('- AlarmTopic (`aws-cdk-lib.aws_sns.Topic`): [AlarmTopicD01E77F9](#resource-alarmtopicd01e77f9)')
assert !nested.contains('(no construct path)') && !nested.contains('resource-cdkmetadata')

def parent = new File(out, 'stacks/Service.md').text
assert parent.contains('- Stack: [Service/Alarms](../stacks/Service-Alarms.md)')
assert parent.contains('- Outputs used here: [Service/Alarms / ServiceAlarmsAlarmTopicB71876C5Ref]')
assert new File(out, 'index.md').text.contains('s_Service ==>|"nests"| s_Service_Alarms')

def model = new JsonSlurper().parse(new File(out, 'model.json'))
def alarms = model.stacks.find { it.name == 'Service/Alarms' }
assert alarms != null
assert alarms.cdk.displayName == 'Service/Alarms'
assert alarms.cdk.constructPaths == [AlarmTopicD01E77F9: 'Service/Alarms/AlarmTopic/Resource',
                                     CDKMetadata: 'Service/Alarms/CDKMetadata/Default']
// the parent keeps its own CDKMetadata path, not the nested stack's entry of the same logical id
assert model.stacks.find { it.name == 'Service' }.cdk.constructPaths.CDKMetadata == 'Service/CDKMetadata/Default'
return true
