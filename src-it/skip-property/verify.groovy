// skip-property: -Dstackdocs.skip=true skips every goal; nothing is read, nothing is written.
def log = new File(basedir, 'build.log').text.replace('\r', '')

assert log.contains('BUILD SUCCESS')
// Both executions ran (and said they skipped) ...
assert log.contains(':generate (write-docs) @ skip-property')
assert log.contains(':check (check-docs) @ skip-property')
def skipLines = log.readLines().findAll { it =~ /(?i)\bskip/ && !it.contains('-Dstackdocs.skip') }
assert skipLines.size() >= 2 : "expected a skip message from generate and from check, got: ${skipLines}"
// ... but did nothing: no output, no parse error for the broken template, no summary line.
assert !new File(basedir, 'target/stackdocs').exists()
assert !new File(basedir, 'docs').exists()
assert !log.contains('broken.yaml')
assert !(log =~ /stackdocs: \d+ stacks?,/)
return true
