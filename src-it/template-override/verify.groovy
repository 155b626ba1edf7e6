// template-override: md/parameters.ftl from templateDirectory replaces that one partial, for Markdown only.
def out = new File(basedir, 'target/stackdocs')
def marker = 'CUSTOM PARAMETERS SECTION from src/stackdocs/templates/md/parameters.ftl'
def paramDescription = 'Days to keep access logs before they expire.'

def md = new File(out, 'stacks/logs.md').text
assert md.contains(marker) : 'override not used in stacks/logs.md'
assert md.count(marker) == 1
// The built-in parameters section is replaced, not appended to.
assert !md.contains(paramDescription) : 'built-in parameters section still rendered in Markdown'
// The other partials are still the built-in ones.
assert md.contains('AccessLogBucket') && md.contains('AWS::S3::Bucket') : 'resources section missing'
assert md.contains('AccessLogBucketName') : 'outputs section missing'

// Overrides are per format: the AsciiDoc page keeps the built-in parameters section.
def adoc = new File(out, 'stacks/logs.adoc').text
assert !adoc.contains(marker)
assert adoc.contains('RetentionDays') && adoc.contains(paramDescription)
assert adoc.contains('AccessLogBucket')

assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS')
return true
