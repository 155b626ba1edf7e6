// inject-readme: the README's regions are filled and everything people wrote is kept byte for byte; generate and
// check with the README configured pass.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def readme = new File(basedir, 'README.md')
def expected = new File(basedir, 'README.expected.md')
assert Arrays.equals(readme.bytes, expected.bytes) : "README.md differs from README.expected.md:\n${readme.text}"
assert new File(basedir, 'target/stackdocs/index.md').isFile()
assert log.contains('stackdocs: injected 4 regions in 1 file, 1 changed')
assert log.contains('stackdocs: injected 4 regions in 1 file, 0 changed')
assert log.contains('stackdocs: injected 4 regions in 1 file, up to date')
return true
