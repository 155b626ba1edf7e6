// generate-minimal: one template, formats adoc,md,json -> index, per-stack pages and model.json; no HTML.
import groovy.json.JsonSlurper

def out = new File(basedir, 'target/stackdocs')
def log = new File(basedir, 'build.log').text

def expected = ['index.adoc', 'index.md', 'stacks/inventory.adoc', 'stacks/inventory.md', 'model.json']
expected.each { assert new File(out, it).isFile() : "missing ${it} in ${out}" }

// Only the formats asked for: no HTML anywhere.
def written = []
out.eachFileRecurse(groovy.io.FileType.FILES) { written << out.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
assert !written.any { it.endsWith('.html') } : "HTML written although not asked for: ${written}"

// Page contents: stack name, resources with their types, the parameter and the output.
def md = new File(out, 'stacks/inventory.md').text
assert md.contains('inventory')
assert md.contains('InventoryQueue') && md.contains('AWS::SQS::Queue')
assert md.contains('InventoryTopic') && md.contains('AWS::SNS::Topic')
assert md.contains('RetentionSeconds')
assert md.contains('InventoryQueueArn')
def adoc = new File(out, 'stacks/inventory.adoc').text
assert adoc.contains('InventoryQueue') && adoc.contains('AWS::SQS::Queue')
assert new File(out, 'index.md').text.contains('inventory')
assert new File(out, 'index.adoc').text.contains('inventory')

// model.json is real JSON and holds the resource.
def modelText = new File(out, 'model.json').text
new JsonSlurper().parseText(modelText)
assert modelText.contains('"InventoryQueue"')
assert modelText.contains('AWS::SQS::Queue')

// Summary line: counts, and the number of files it claims matches what is on disk.
def m = log =~ /stackdocs: 1 stacks?, 2 resources?, 0 errors?, \d+ warnings?(?:, readiness \d+% \([^)]*\))?; wrote (\d+) of \d+ files? to (.+) in [0-9.]+ s/
assert m.find() : 'summary line missing from build.log'
assert m.group(1) as int == written.size() : "summary says ${m.group(1)} files, disk has ${written.size()}: ${written}"
assert m.group(2).replace('\\', '/').endsWith('target/stackdocs')
assert log.contains('BUILD SUCCESS')
return true
