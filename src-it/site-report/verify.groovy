// site-report: 'mvn site' runs the report goal: the HTML site lands in target/site/stackdocs (index, stack pages,
// the runbook from the runbook folder, findings), and the Maven site has the report page, linked from the menu.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Generating "Infrastructure documentation" report')
def site = new File(basedir, 'target/site')
def docs = new File(site, 'stackdocs')
['index.html', 'stacks/app.html', 'stacks/network.html', 'findings.html', 'runbooks/app/Fn.html',
 'assets/search-index.js', 'assets/stackdocs.css'].each { assert new File(docs, it).isFile() : "missing stackdocs/${it}" }
assert new File(docs, 'runbooks/app/Fn.html').text.contains('restart the consumer first')

def report = new File(site, 'stackdocs-report.html')
assert report.isFile() : 'no report page'
def page = report.text
assert page.contains('Infrastructure documentation')
assert page.contains('href="stackdocs/index.html"') && page.contains('href="stackdocs/stacks/app.html"')
assert page.contains('2 stacks, 4 resources; 0 errors')
// the site's menu lists the report
def menu = new File(site, 'project-reports.html')
assert menu.isFile() && menu.text.contains('stackdocs-report.html') : 'the Project Reports page does not list the report'
// the runbook folder is shown, never written by the report
assert new File(basedir, 'src/docs/runbooks/app/Fn.adoc').text == '= Runbook: Fn (app)\n\nWritten by hand: restart the consumer first.\n'
assert !new File(basedir, 'src/docs/runbooks/app/Queue.adoc').exists()
return true
