// runbook-preserve: generate keeps the human text of a committed runbook byte for byte, replaces its stale
// region, does not re-add regions people removed (a WARN says so), creates missing runbooks, marks a runbook
// whose resource is gone as orphaned (kept), leaves marker-less files alone; check then passes.
def log = new File(basedir, 'build.log').text
def runbooks = new File(basedir, 'src/docs/runbooks/app')
def fn = new File(runbooks, 'Fn.adoc').text

assert fn.startsWith('= Runbook: Fn (app)\n\nOwner:: team-orders (written by a human, keep me)\n\n== Alarms\n\n// stackdocs:begin alarms\n')
assert fn.endsWith('// stackdocs:end alarms\n\n== Notes\n\nHuman notes survive: the handler is idempotent, retry freely.\n')
assert !fn.contains('STALE GENERATED CONTENT')
assert fn.contains('FnErrors') && fn.contains('The orders handler fails.')
// regions the human file does not have are not added back, but reported
assert !fn.contains('stackdocs:begin metrics')
assert log =~ /\[WARNING\].*Fn\.adoc: generated regions 'summary', 'ownership', 'dependencies', 'logs', 'metrics', 'failures', 'recovery' are not in the file/

// a new runbook is created in full, with a visible "no alarm" gap
def queue = new File(runbooks, 'Queue.adoc').text
assert queue.contains('// stackdocs:begin alarms') && queue.contains('No alarm watches this resource')
assert queue.contains('ApproximateAgeOfOldestMessage')

// the orphan is kept and marked; the human line is still there
def gone = new File(runbooks, 'Gone.adoc').text
assert gone.contains('// stackdocs:begin orphaned') && gone.contains('Gone is no longer in the templates')
assert gone.contains('Written when Gone still existed.') && gone.contains('Gone was a queue.')
assert new File(runbooks, 'notes.adoc').text == 'A human file without markers: never touched, never orphaned.\n'

// the index links the runbooks from the output folder
def index = new File(basedir, 'target/stackdocs/index.md').text
assert index.contains('[runbook](../../src/docs/runbooks/app/Fn.adoc)')

// generate reported, then check found the regions current
assert log =~ /stackdocs: runbooks: created 1, updated 2, 0 unchanged, 1 orphaned \(kept\) in .*runbooks/
assert log =~ /stackdocs: runbooks: all 3 up to date, 1 orphaned \(kept\)/
assert log.contains('BUILD SUCCESS')
return true
