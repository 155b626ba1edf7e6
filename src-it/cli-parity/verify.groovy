// cli-parity: the command line (the plugin jar's io.github.stackdocs.cli.Main) with its defaults writes exactly what
// the Maven goal wrote with its defaults, and its check passes against the Maven-written docs.
import java.nio.file.Files

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

// the plugin jar the invoker installed for this build (it bundles the command line and its libraries)
def jars = []
new File(localRepositoryPath, 'io/github/stackdocs/stackdocs-maven-plugin').eachFileRecurse(groovy.io.FileType.FILES) {
    if (it.name ==~ /stackdocs-maven-plugin-[^-]+(-SNAPSHOT)?\.jar/) { jars << it }
}
assert jars.size() == 1 : "expected one plugin jar in the invoker's repository, found ${jars}"
def jar = jars[0]
def java = new File(System.getProperty('java.home'), 'bin/java').path

def cli = { String... args ->
    def cmd = [java, '-cp', jar.path, 'io.github.stackdocs.cli.Main'] + args.toList()
    def p = new ProcessBuilder(cmd).directory(basedir).redirectErrorStream(true).start()
    def out = p.inputStream.text
    return [p.waitFor(), out]
}

def (checked, checkOut) = cli('check')
assert checked == 0 : "stackdocs check against the Maven-written docs failed:\n${checkOut}"

def (generated, genOut) = cli('generate', '--output-directory', 'target/cli')
assert generated == 0 : genOut

def files = { File root ->
    def names = new TreeSet<String>()
    root.eachFileRecurse(groovy.io.FileType.FILES) { names << root.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
    names
}
def maven = new File(basedir, 'target/stackdocs')
def command = new File(basedir, 'target/cli')
assert files(maven) == files(command)
assert files(maven).contains('index.html') && files(maven).contains('findings.html')
assert files(maven).any { it.startsWith('runbooks/') && it.endsWith('.html') } : files(maven)
def differing = files(maven).findAll { !Arrays.equals(new File(maven, it).bytes, new File(command, it).bytes) }
assert differing.isEmpty() : "files differ between Maven and the command line: ${differing}"
assert new File(maven, 'index.md').text.startsWith('# IT CLI parity')

// the Antora component: the command line reads the name and version defaults from the pom as Maven does
def (antora, antoraOut) = cli('generate', '--formats', 'antora', '--output-directory', 'target/antora-cli')
assert antora == 0 : antoraOut
def mavenAntora = new File(basedir, 'target/antora-maven')
def cliAntora = new File(basedir, 'target/antora-cli')
assert files(mavenAntora) == files(cliAntora)
def descriptor = new File(mavenAntora, 'antora/antora.yml').text
assert descriptor.contains('name: "cli-parity"\n') && descriptor.contains('version: "1.0-SNAPSHOT"\n') : descriptor
// a runbook's game-day link (:stackdocs-gamedays:) names the output folder of the run that wrote it: left out
def text = { File f -> f.name.endsWith('.adoc') ? f.text.readLines().findAll { !it.startsWith(':stackdocs-gamedays:') }.join('\n') : f.text }
def differingAntora = files(mavenAntora).findAll { text(new File(mavenAntora, it)) != text(new File(cliAntora, it)) }
assert differingAntora.isEmpty() : "Antora files differ between Maven and the command line: ${differingAntora}"
return true
