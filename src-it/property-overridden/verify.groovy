// property-overridden: a -Dstackdocs.* property the pom's configuration overrides is named in a warning.
def log = new File(basedir, 'build.log').text.replace('\r', '')

assert log.contains('BUILD SUCCESS')
assert log.contains('[WARNING] stackdocs: -Dstackdocs.formats=html is not used: the plugin\'s <configuration> in the pom sets <formats> to md')
assert log.contains("put its default in the pom's <properties> as <stackdocs.formats>")
// the property the pom does not configure is taken, silently
assert !log.contains('-Dstackdocs.projectName=Overridden is not used')
def out = new File(basedir, 'target/stackdocs')
assert new File(out, 'index.md').text.contains('Overridden')
// Maven's rule held: the pom's formats were used
assert !new File(out, 'index.html').exists()
return true
