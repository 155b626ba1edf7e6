// readiness-gate: readinessFailOn=ERROR fails the build on failing ERROR checks, listed at file:line with the fix,
// after writing the docs; once the template is fixed the build passes. The invoker appends both runs to build.log.
def log = new File(basedir, 'build.log').text.replace('\r', '').replace('\\', '/')
def second = log.indexOf('Building IT readiness-gate', log.indexOf('Building IT readiness-gate') + 1)
assert second > 0 : 'expected two runs in build.log'
def run1 = log.substring(0, second)
def run2 = log.substring(second)
assert run1.contains('BUILD FAILURE') && run2.contains('BUILD SUCCESS') : 'expected run 1 to fail and run 2 to pass'

// run 1: the user's problem (MojoFailureException), every ERROR check listed where the template is at fault
assert run1.contains('2 readiness checks failed at or above readinessFailOn=ERROR')
assert run1.contains('MojoFailureException') && !log.contains('MojoExecutionException')
// the docs were written before the gate failed: the scorecard shows what to fix
assert run1.contains('wrote 3 of 3 files')
// the table: no point-in-time recovery, at the resource (line 2)
assert run1 =~ /src\/before-fix\/app\.yaml:2:3: app\/Orders backup \(ERROR\): point-in-time recovery is off/
// the topic: encryption raised to ERROR by the annotations file, at the resource (line 9), with the fix
assert run1 =~ /src\/before-fix\/app\.yaml:9:3: app\/OrderEvents encryption \(ERROR\): not encrypted \(KmsMasterKeyId is not set\)\. Fix: Turn on encryption/
// the waived bucket and the WARN checks do not fail the gate
assert !(run1 =~ /app\/Artifacts backup \(/)
assert !(run1 =~ /\(WARN\): /)
// the summary line carries the badge, in the single INFO summary line
assert run1 =~ /stackdocs: 1 stack, 3 resources, 0 errors, 0 warnings, readiness \d+% \(\d+ passed, \d+ failed, 1 waived\)/

// run 2: fixed, the gate passes; the docs show the scorecard with the waiver and its reason
assert !run2.contains('readiness checks failed')
assert run2 =~ /stackdocs: 1 stack, 3 resources, 0 errors, 0 warnings, readiness \d+% \(\d+ passed, \d+ failed, 1 waived\)/
def index = new File(basedir, 'target/stackdocs/index.md').text
assert index.contains('## Readiness')
assert index.contains('| backup | [app / Artifacts](stacks/app.md#resource-artifacts) | build artefacts are rebuilt from source |')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/stackdocs/model.json'))
assert json.readiness.score.failedErrors == 0
assert json.readiness.stacks[0].results.find { it.resource == 'Orders' && it.check == 'backup' }.status == 'PASS'
assert json.readiness.stacks[0].results.find { it.resource == 'Artifacts' && it.check == 'backup' }.waiver.reason ==
        'build artefacts are rebuilt from source'
return true
