// check-up-to-date: docs written by generate in generate-resources pass check in verify.
def out = new File(basedir, 'target/committed')
def log = new File(basedir, 'build.log').text

['index.adoc', 'index.md', 'stacks/catalog.adoc', 'stacks/catalog.md', 'model.json'].each {
    assert new File(out, it).isFile() : "generate did not write ${it}"
}
assert new File(out, 'stacks/catalog.md').text.contains('CatalogTable')

// Both executions ran, generate first, then check; check found nothing to complain about.
def gen = log.indexOf(':generate (write-docs) @ check-up-to-date')
def chk = log.indexOf(':check (check-docs) @ check-up-to-date')
assert gen >= 0 : 'generate execution did not run'
assert chk > gen : 'check execution did not run after generate'
def checkPart = log.substring(chk)
assert checkPart =~ /(?i)up[ -]to[ -]date/ : 'check did not report the docs as up to date'
assert !(checkPart =~ /(?m)\b(stale|missing|extra):/) : 'check listed differences'
assert !checkPart.contains('stackdocs:generate') : 'check asked to regenerate'
assert log.contains('BUILD SUCCESS')
return true
