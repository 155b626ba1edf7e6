// nested-s3-url: TemplateURLs written for S3 (an https path-style URL, and !Sub ${DeploymentBucket}/alarms.template)
// are linked to the templates of the project with the longest matching end of their path; the children are
// documented as nested stacks of main (both ways), not as top-level stacks; a URL naming no project template
// stays external.
import groovy.json.JsonSlurper

def out = new File(basedir, 'target/stackdocs')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log =~ /stackdocs: 3 stacks, 5 resources, 0 errors, 0 warnings/

def pages = new File(out, 'stacks').list().findAll { it.endsWith('.md') }.sort()
assert pages == ['main-Alarms.md', 'main-Vpc.md', 'main.md'] : "children documented as top-level stacks? ${pages}"

def main = new File(out, 'stacks/main.md').text
assert main.contains('### Vpc\n\n- Resource: [Vpc](#resource-vpc)\n- Stack: [main-Vpc](../stacks/main-Vpc.md)')
assert main.contains('### Alarms\n\n- Resource: [Alarms](#resource-alarms)\n- Stack: [main-Alarms](../stacks/main-Alarms.md)')
assert main.contains('- Stack: external template `https://s3.amazonaws.com/someone-elses-bucket/shared/not-in-this-project.yaml` (not loaded)')

def vpc = new File(out, 'stacks/main-Vpc.md').text
assert vpc.contains('- Source file: src/main/cloudformation/infrastructure/vpc.yaml')
assert vpc.contains('- Nested stack: created by [main / Vpc](../stacks/main.md#resource-vpc)')
def alarms = new File(out, 'stacks/main-Alarms.md').text
assert alarms.contains('- Source file: src/main/cloudformation/monitoring/alarms.template')
assert alarms.contains('- Nested stack: created by [main / Alarms](../stacks/main.md#resource-alarms)')
assert alarms.contains('AlarmTopic')

def model = new JsonSlurper().parse(new File(out, 'model.json'))
assert model.stacks.collect { it.name }.sort() == ['main', 'main-Alarms', 'main-Vpc']
def nestedIn = model.stacks.find { it.name == 'main-Vpc' }.nestedIn
assert nestedIn.parentStack == 'main' && nestedIn.logicalId == 'Vpc'
return true
