// diagram-level: -Dstackdocs.diagramLevel=all makes the stack page embed the full diagram; all three levels are
// written as SVG (valid XML) and Mermaid with AsciiDoc; Markdown alone keeps Mermaid in the page and writes none.
import javax.xml.parsers.DocumentBuilderFactory

def out = new File(basedir, 'target/stackdocs')
def diagrams = new File(out, 'diagrams').list().sort()
assert diagrams == ['worker-all.mmd', 'worker-all.svg', 'worker-summary.mmd', 'worker-summary.svg', 'worker.mmd',
    'worker.svg'] : "diagram files: ${diagrams}"
diagrams.findAll { it.endsWith('.svg') }.each {
  def svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(out, "diagrams/${it}"))
  assert svg.documentElement.tagName == 'svg'
}

// the page shows the level asked for and links the others
def adoc = new File(out, 'stacks/worker.adoc').text
assert adoc.contains('data="../diagrams/worker-all.svg"') : 'the all level is not the one embedded'
assert adoc.contains('*all resources* (shown)')
assert adoc.contains('link:../diagrams/worker.svg[without IAM plumbing]')

// all: the role and the mapping are there; the default level folds them into what they mean
def all = new File(out, 'diagrams/worker-all.mmd').text
assert all.contains('r_WorkerRole') && all.contains('r_WorkerMapping')
def folded = new File(out, 'diagrams/worker.mmd').text
assert !folded.contains('r_WorkerRole') && !folded.contains('r_WorkerMapping')
assert folded.contains('r_Jobs -->|"triggers"| r_Worker')
assert folded.contains('r_Worker -->|"writes"| r_Results')
assert new File(out, 'stacks/worker.md').text.contains('r_WorkerRole') : 'Markdown shows the level asked for'

// Markdown alone: Mermaid in the page, no diagram files, no links to them
def mdOnly = new File(basedir, 'target/md-only')
assert !new File(mdOnly, 'diagrams').exists()
def md = new File(mdOnly, 'stacks/worker.md').text
assert md.contains('```mermaid') && !md.contains('.svg')
return true
