// source-missing-fails: a configured sourceDirectory that does not exist is a failure that names it.
def log = new File(basedir, 'build.log').text.replace('\r', '')
def folder = new File(basedir, 'src/main/cfn').toPath().toAbsolutePath().normalize().toString()
assert log.contains("invalid configuration 'sourceDirectory': the template folder ${folder} does not exist") : log
assert log.contains('set allowNoTemplates=true')
assert log.contains('BUILD FAILURE')
assert log.contains('MojoFailureException') && !log.contains('MojoExecutionException')
// run 2: allowed, so it passes with docs of no stacks
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/stackdocs/index.md').isFile()
return true
