// nested-local: an AWS::CloudFormation::Stack with a relative TemplateURL is loaded as the child stack
// <parent>-<LogicalId> (documented once, not also under its file name); the parent shows the child, the
// parameters passed in and the outputs it uses; the child links back; an https TemplateURL is external.
def out = new File(basedir, 'target/stackdocs')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

def pages = new File(out, 'stacks').list().findAll { it.endsWith('.md') }.sort()
assert pages == ['app-Network.md', 'app.md'] : "nested template documented twice? ${pages}"

def parent = new File(out, 'stacks/app.md').text
assert parent.contains('## Nested stacks')
assert parent.contains('- Stack: [app-Network](../stacks/app-Network.md)')
assert parent.contains('- Parameters passed in: `Cidr = 10.0.0.0/16`, `Env = dev`') // Env is bound to its Default
assert parent.contains('- Outputs used here: [app-Network / VpcId](../stacks/app-Network.md#output-vpcid)')
assert parent.contains('external template `https://s3.amazonaws.com/shared-templates/monitoring.yaml` (not loaded)')

def child = new File(out, 'stacks/app-Network.md').text
assert child.contains('- Nested stack: created by [app / Network](../stacks/app.md#resource-network)')
assert child.contains('- Source file: src/main/cloudformation/stacks/network.yaml')

def adoc = new File(out, 'stacks/app.adoc').text
assert adoc.contains('xref:../stacks/app-Network.adoc[app-Network]')
assert new File(out, 'stacks/app-Network.adoc').text.contains('xref:../stacks/app.adoc#resource-network[app / Network]')
assert new File(out, 'model.json').text.contains('"nestedIn"')
return true
