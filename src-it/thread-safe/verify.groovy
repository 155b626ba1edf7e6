// thread-safe: with -T 3 every module gets complete docs of its own template and nobody else's.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text.replace('\r', '')
assert log.contains('BUILD SUCCESS')
// Maven really built in parallel, and did not flag any stackdocs goal as not thread-safe.
assert log =~ /(?i)multi ?threaded/ : 'build did not run with the multi-threaded builder'
assert !log.contains('not marked as thread-safe') && !log.contains('not marked as @threadSafe')

def modules = [alpha: ['AlphaQueue', 'AlphaDeadLetterQueue'], beta: ['BetaTopic'], gamma: ['GammaTable']]
def allIds = modules.values().flatten()
modules.each { name, ids ->
    def out = new File(basedir, "${name}/target/stackdocs")
    ["index.adoc", "index.md", "index.html", "assets/stackdocs.css", "stacks/${name}.adoc", "stacks/${name}.md",
     "stacks/${name}.html", "model.json"].each {
        assert new File(out, it).isFile() : "${name}: missing ${it}"
    }
    def stacks = new File(out, 'stacks').list().sort()
    assert stacks == ["${name}.adoc", "${name}.html", "${name}.md"].collect { it.toString() } : "${name}: stacks/ holds ${stacks}"
    def md = new File(out, "stacks/${name}.md").text
    def adoc = new File(out, "stacks/${name}.adoc").text
    def model = new File(out, 'model.json').text
    def html = new File(out, "stacks/${name}.html").text
    assert html.contains('<!DOCTYPE html>') && ids.every { html.contains(it) } : "${name}: HTML page incomplete"
    assert !(allIds - ids).any { html.contains(it) } : "${name}: HTML page has another module's resources"
    new JsonSlurper().parseText(model)
    ids.each { id ->
        assert md.contains(id) && adoc.contains(id) && model.contains("\"${id}\"") : "${name}: ${id} missing"
    }
    (allIds - ids).each { other ->
        assert !md.contains(other) && !adoc.contains(other) && !model.contains(other) : "${name}: leaked ${other}"
    }
    // One summary line per module, pointing at that module's folder, with its own resource count.
    def summary = log.readLines().findAll { it =~ /stackdocs: \d+ stacks?, / && it.replace('\\', '/').contains("/${name}/target/stackdocs ") }
    assert summary.size() == 1 : "${name}: summary lines ${summary}"
    assert summary[0] =~ /stackdocs: 1 stacks?, ${ids.size()} resources?, 0 errors?/
}
return true
