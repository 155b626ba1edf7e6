// bad-template-fails: every problem of every file in one run, as path:line:col, no stack trace.
def log = new File(basedir, 'build.log').text.replace('\r', '').replace('\\', '/')
def lines = log.readLines()

assert log.contains('BUILD FAILURE')
// A bad template is the user's problem: MojoFailureException, not MojoExecutionException.
assert log.contains('MojoFailureException')
assert !log.contains('MojoExecutionException')

def errors = lines.findAll { it =~ /src\/main\/cloudformation\/\w+\.yaml:\d+:\d+: ERROR/ }

// broken.yaml: the syntax error is on line 12 ("DisplayName: orders: alerts"), after column 1.
def broken = errors.findAll { it.contains('src/main/cloudformation/broken.yaml:') }
assert broken : "no located error for broken.yaml in:\n${errors.join('\n')}"
assert broken.any { (it =~ /broken\.yaml:12:(\d+): ERROR/).find() } : "broken.yaml error not on line 12: ${broken}"
def col = (broken.find { it =~ /broken\.yaml:12:/ } =~ /broken\.yaml:12:(\d+)/)[0][1] as int
assert col > 1 && col <= 29 : "unexpected column ${col}"

// invalid.yaml, reported in the same run: the resource without Type (lines 5-7) ...
def invalid = errors.findAll { it.contains('src/main/cloudformation/invalid.yaml:') }
def lineOf = { String l -> (l =~ /invalid\.yaml:(\d+):/)[0][1] as int }
assert invalid.any { it.contains('Table') && it =~ /\bType\b/ && lineOf(it) in 5..7 } :
        "no error for resource Table without Type in:\n${invalid.join('\n')}"
// ... and the Ref to an undefined name: at the !Ref (line 19) or the property holding it (line 18).
assert invalid.any { it.contains('MissingTopic') && lineOf(it) in 18..19 } :
        "no error for !Ref MissingTopic at line 18-19 in:\n${invalid.join('\n')}"
// The valid template is not blamed.
assert !errors.any { it.contains('fine.yaml') }

// No Java stack trace from the plugin. (The invoker runs Maven with -e, so Maven itself prints the
// MojoFailureException trace after BUILD FAILURE; nothing before that point may be a trace.)
def beforeFailure = log.substring(0, log.indexOf('BUILD FAILURE'))
assert !(beforeFailure =~ /(?m)^\tat /) : 'stack trace printed by the plugin'
assert !(beforeFailure =~ /(?m)^Caused by: /)
return true
