// rain-module: a Rain project (a module, an embedded file, a constant) is documented as rain pkg packages it.
def out = new File(basedir, 'target/stackdocs')
def log = new File(basedir, 'build.log').text
def model = new File(out, 'model.json').text
// the module's resources: the extension under the using name, the other renamed; its file is no stack
assert new File(out, 'stacks/app.md').isFile()
assert !new File(out, 'stacks/bucket.md').exists() : 'the module file was documented as a stack'
assert model.contains('"StorageLogBucket"')
assert model.contains('shop-data') && model.contains('shop-logs')
assert model.contains('embedded-worker-code')
assert !log.contains('unknown tag')
assert log.contains('BUILD SUCCESS')
return true
