// diff-git-baseline: a git repository with two commits of src/main/cloudformation/app.yaml (v1, then v2).
// The git binary only builds the fixture; the plugin reads HEAD~1 through JGit.
def git = { String... args ->
    def cmd = ['git', '-c', 'user.name=it', '-c', 'user.email=it@example.com', '-c', 'commit.gpgsign=false'] + args.toList()
    def p = new ProcessBuilder(cmd).directory(basedir).redirectErrorStream(true).start()
    def out = p.inputStream.text
    assert p.waitFor() == 0 : "${cmd.join(' ')} failed:\n${out}"
}
def target = new File(basedir, 'src/main/cloudformation/app.yaml')
target.parentFile.mkdirs()
git('init', '-q')
target.text = new File(basedir, 'versions/v1.yaml').text
git('add', 'src')
git('commit', '-q', '-m', 'v1')
target.text = new File(basedir, 'versions/v2.yaml').text
git('add', 'src')
git('commit', '-q', '-m', 'v2')
return true
