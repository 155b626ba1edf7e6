// diff-own-folder: diff writes into its own folder, never among the committed docs, so check still passes.
def md = new File(basedir, 'target/stackdocs-diff/changes.md')
assert md.isFile() : 'changes.md not written to target/stackdocs-diff'
assert md.text.readLines().any { it.startsWith('| `Jobs` |') && it.contains('`VisibilityTimeout`: `30` → `60`') } : md.text
assert new File(basedir, 'target/stackdocs-diff/changes.json').isFile()
def docs = new File(basedir, 'docs')
assert new File(docs, 'index.md').isFile()
assert !new File(docs, 'changes.md').exists() && !new File(docs, 'changes.json').exists()
def log = new File(basedir, 'build.log').text
assert log.indexOf(':diff (changes)') < log.indexOf(':check (check-docs)')
assert log.contains('BUILD SUCCESS')
return true
