// nested-cycle: a.yaml nests b.yaml, which nests c.yaml, which nests a.yaml again. The cycle is one ERROR at the
// TemplateURL that closes it (file:line:col), naming every template of the cycle; all three templates are
// documented (a, and b and c as its nested stacks), nothing loops.
def out = new File(basedir, 'target/stackdocs')
def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r', '')
assert log.contains('BUILD SUCCESS') // failOn=NEVER
assert log =~ /stackdocs: 3 stacks, 6 resources, 1 error, 0 warnings/

def cycles = log.readLines().findAll { it.contains('[nested-stack-cycle]') }
assert cycles.size() == 1 : "one finding per cycle: ${cycles}"
assert cycles[0].contains('src/main/cloudformation/c.yaml:9:20: ERROR nested stack Alpha: \'a.yaml\' leads back to'
    + ' src/main/cloudformation/a.yaml, which already contains it (cycle src/main/cloudformation/a.yaml \u2192'
    + ' src/main/cloudformation/b.yaml \u2192 src/main/cloudformation/c.yaml \u2192 src/main/cloudformation/a.yaml);'
    + ' not loaded again') : cycles[0]

def pages = new File(out, 'stacks').list().findAll { it.endsWith('.md') }.sort()
assert pages == ['a-Beta-Gamma.md', 'a-Beta.md', 'a.md'] : "pages: ${pages}"
def sources = pages.collect { (new File(out, "stacks/${it}").text =~ /- Source file: (\S+)/)[0][1] }.sort()
assert sources == ['src/main/cloudformation/a.yaml', 'src/main/cloudformation/b.yaml', 'src/main/cloudformation/c.yaml']
assert new File(out, 'stacks/a.md').text.contains('- Stack: [a-Beta](../stacks/a-Beta.md)')
assert new File(out, 'stacks/a-Beta.md').text.contains('- Stack: [a-Beta-Gamma](../stacks/a-Beta-Gamma.md)')
def c = new File(out, 'stacks/a-Beta-Gamma.md').getText('UTF-8')
assert c.contains('- Nested stack: created by [a-Beta / Gamma](../stacks/a-Beta.md#resource-gamma)')
assert c.contains('QueueC')
// the cycle's ERROR is on the page of the template that closes it
assert c.contains('| ERROR | src/main/cloudformation/c.yaml:9:20 |')
return true
