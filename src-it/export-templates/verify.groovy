// export-templates: every built-in template is written, and using them as templateDirectory changes nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def templates = new File(basedir, 'target/templates')
def exported = []
templates.eachFileRecurse(groovy.io.FileType.FILES) { exported << templates.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
assert exported.contains('md/parameters.ftl') && exported.contains('adoc/stack.ftl') : "exported: ${exported}"
assert exported.every { it.endsWith('.ftl') }
def m = log =~ /stackdocs: exported (\d+) of (\d+) built-in templates to /
assert m.find() : 'no export summary line'
assert m.group(1) == m.group(2) && (m.group(1) as int) == exported.size()

def a = new File(basedir, 'target/with-exported')
def b = new File(basedir, 'target/built-in')
def files = []
b.eachFileRecurse(groovy.io.FileType.FILES) { files << b.toPath().relativize(it.toPath()).toString() }
assert files.contains('index.md') && files.contains('stacks/inventory.adoc') : "built-in docs: ${files}"
files.each { f ->
    assert new File(a, f).text == new File(b, f).text : "${f} differs between exported and built-in templates"
}
return true
