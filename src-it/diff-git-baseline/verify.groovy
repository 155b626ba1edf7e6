// diff-git-baseline: HEAD~1 read from the object database; the working tree is v2.
def text = new File(basedir, 'target/stackdocs-diff/changes.md').text
def lines = text.readLines()
assert text.contains('Compared with `git:HEAD~1 (') : text
assert lines.any { it.startsWith('- **SECURITY** (exposure) `app / WebGroup`') && it.contains('tcp 22 opened to 0.0.0.0/0') } : text
assert lines.any { it.startsWith('| `Jobs` |') && it.contains('added') }
assert lines.any { it.startsWith('| `Worker` |') && it.contains('`MemorySize`: `128` → `256`') }
assert !text.contains('DATA LOSS')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
return true
