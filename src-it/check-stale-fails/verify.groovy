// check-stale-fails: stale, missing and extra files are each named; the fix command is printed;
// check never writes to the docs folder.
def log = new File(basedir, 'build.log').text.replace('\r', '')
def docs = new File(basedir, 'docs')

assert log.contains('BUILD FAILURE')
// A stale-docs failure is the user's problem: MojoFailureException, not MojoExecutionException.
assert log.contains('MojoFailureException')
assert !log.contains('MojoExecutionException')

// Map each listed path to the kind of difference it was listed under. Accepts both
// "stale: stacks/app.md" on one line and a "stale:" heading followed by indented paths.
def paths = ['stacks/app.md', 'index.md', 'stacks/gone.md']
def mentions = { String line, String p ->
    (line =~ /(^|[\s:\/'"`])\Q${p}\E($|[\s'"`,;)])/).find() && !(p == 'index.md' && line.contains('stacks/index.md'))
}
def kinds = [:]
def current = null
log.readLines().each { line ->
    def plain = line.replaceFirst(/^\[[A-Z]+\]\s*/, '').replace('\\', '/')
    def heading = plain =~ /\b(stale|missing|extra):/
    if (heading.find()) { current = heading.group(1) }
    else if (!paths.any { mentions(plain, it) }) { current = null }
    if (current != null) {
        paths.each { p -> if (mentions(plain, p) && !kinds[p]) { kinds[p] = current } }
    }
}
assert kinds['stacks/app.md'] == 'stale' : "stacks/app.md not listed as stale: ${kinds}"
assert kinds['index.md'] == 'missing' : "index.md not listed as missing: ${kinds}"
assert kinds['stacks/gone.md'] == 'extra' : "stacks/gone.md not listed as extra: ${kinds}"

// The diff shows the stale line, and the fix command is printed.
assert log =~ /(?m)[-+]old\s*$/ : 'diff of stacks/app.md not shown'
assert log.contains("mvn stackdocs:generate")

// check compares only: the committed folder is exactly as it was.
assert new File(docs, 'stacks/app.md').text == 'old\n'
assert new File(docs, 'stacks/gone.md').isFile()
assert !new File(docs, 'index.md').exists()
assert !new File(basedir, 'target/stackdocs').exists()
return true
