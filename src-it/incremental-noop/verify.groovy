// incremental-noop: run 1 generates the docs and the stamp; run 2, with nothing changed, reads and renders
// nothing and says so in one line; the docs are as run 1 wrote them and the stamp is not among them.
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/stackdocs')

// run 1 did the work (the invoker appends every run to build.log)
def first = log =~ /stackdocs: 1 stack, 2 resources, .*; wrote (\d+) of \1 files to /
assert first.find() : "run 1 wrote no docs:\n${log}"
assert log.indexOf(first.group()) < log.indexOf('docs up to date')

def upToDate = log =~ /stackdocs: docs up to date \((\d+) inputs? unchanged\) in (\d+) ms/
assert upToDate.find() : "no 'docs up to date' line in build.log:\n${log}"
assert (upToDate.group(1) as int) >= 1
// the no-op run writes nothing: no summary of written files after the up-to-date line
def afterNoop = log.substring(log.lastIndexOf('docs up to date'))
assert !(afterNoop =~ /wrote \d+ of \d+ files?/) : "the second run wrote files:\n${afterNoop}"
assert !afterNoop.contains('runbooks: created') : 'the second run touched the runbooks'

// the docs are there and complete
['index.adoc', 'index.md', 'stacks/orders.adoc', 'stacks/orders.md', 'model.json'].each {
  assert new File(out, it).isFile() : "missing ${it}"
}
// the stamp lives under target/, not among the docs (check would report it as an extra file)
def stamp = new File(basedir, 'target/stackdocs-stamp/target_stackdocs.stamp')
assert stamp.isFile() : 'no stamp under target/stackdocs-stamp'
def docs = []
out.eachFileRecurse(groovy.io.FileType.FILES) { docs << out.toPath().relativize(it.toPath()).toString() }
assert !docs.any { it.contains('stamp') } : "a stamp among the docs: ${docs}"
// no write was left half done
assert !new File(basedir, 'target/.stackdocs.stackdocs-staging').exists()
// every doc file is older than the stamp run 1 wrote after them: run 2 rewrote none of them
docs.each { assert new File(out, it).lastModified() <= stamp.lastModified() : "${it} rewritten after the stamp" }
assert log.contains('BUILD SUCCESS')
return true
