// antora-output: formats=antora writes an Antora component under target/stackdocs/antora: the descriptor from the
// project (name = artifactId, configured title, version = project version, a SNAPSHOT as prerelease), pages for the
// index, every stack, the runbooks, findings and the change log, and a nav.adoc; every xref in the pages and the nav
// names a page of the component, relative to the module's pages root (no '../'). No HTML, no other format.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def out = new File(basedir, 'target/stackdocs')
def component = new File(out, 'antora')
def files = []
out.eachFileRecurse(groovy.io.FileType.FILES) { files << out.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
assert files.every { it.startsWith('antora/') || it.startsWith('gamedays/') } : "only the component (and the game-day stubs its runbooks link) is written: ${files}"

def descriptor = new File(component, 'antora.yml').text
assert descriptor.contains('name: "antora-output"\n')
assert descriptor.contains('title: "Orders platform"\n')
assert descriptor.contains('version: "2.1.0-SNAPSHOT"\n') && descriptor.contains('prerelease: true\n')
assert descriptor.contains('nav:\n- modules/ROOT/nav.adoc\n')

def pages = new File(component, 'modules/ROOT/pages')
['index.adoc', 'stacks/app.adoc', 'stacks/network.adoc', 'findings.adoc', 'changelog.adoc', 'runbooks/app/Fn.adoc',
 'runbooks/app/Queue.adoc'].each { assert new File(pages, it).isFile() : "missing page ${it}" }

def nav = new File(component, 'modules/ROOT/nav.adoc').text
assert nav.contains('* xref:index.adoc[')
assert nav.contains('** xref:stacks/app.adoc[app]') && nav.contains('*** xref:runbooks/app/Fn.adoc[Fn runbook]')
assert nav.contains('** xref:findings.adoc[Findings]') && nav.contains('** xref:changelog.adoc[Change log]')

def xref = ~/xref:([^\[#\s]+\.adoc)/
def sources = [new File(component, 'modules/ROOT/nav.adoc')]
pages.eachFileRecurse(groovy.io.FileType.FILES) { sources << it }
int count = 0
sources.each { f ->
    (f.text =~ xref).each { m ->
        count++
        assert !m[1].contains('..') : "${f}: ${m[0]} is not relative to the module's pages root"
        assert new File(pages, m[1]).isFile() : "${f}: ${m[0]} names no page of the component"
    }
}
assert count > 10 : "only ${count} xrefs"
assert new File(pages, 'stacks/app.adoc').text.contains('xref:index.adoc[')
assert new File(pages, 'index.adoc').text.contains('xref:runbooks/app/Fn.adoc[runbook]')
assert !new File(pages, 'stacks/app.adoc').text.contains(':toc:')
assert new File(pages, 'changelog.adoc').text.contains('the app stack gets an orders queue')
assert log.contains('stackdocs: ') && !log.contains('[ERROR]')
return true
