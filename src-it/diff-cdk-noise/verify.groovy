// diff-cdk-noise: only asset hashes, an aws:cdk:path and CDKMetadata changed → no changes, all suppressed.
def text = new File(basedir, 'target/stackdocs-diff/changes.md').text
assert text.contains('**No changes**, ') && text =~ /\d+ suppressed \(CDK asset hashes and metadata\)/ : text
assert !text.contains('<details>') && !text.contains('### Risks') : text
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/stackdocs-diff/changes.json'))
assert json.schemaVersion == 1
assert json.risks == [] && json.summary.resourcesChanged == 0
assert json.summary.suppressed >= 3 : json
// the hidden changes are still listed, flagged suppressed: the S3Key hash, the role's construct path, CDKMetadata
def api = json.stacks.find { it.name == 'api' }
assert api && api.suppressed
assert api.resources*.logicalId.containsAll(['CDKMetadata', 'Handler886CB40B', 'HandlerServiceRoleFCDC14AE'])
assert api.resources.every { it.suppressed }
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
return true
