// geo.skip: every goal logs why it did nothing; geo.validate.skip: only validate does.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
assert lines.contains('[INFO] geo:validate skipped (geo.skip=true)')
assert lines.contains('[INFO] geo:generate-markdown skipped (geo.skip=true)')
assert lines.contains('[INFO] geo:validate skipped (geo.validate.skip=true)')
assert lines.count { it.startsWith('[INFO] geo:generate-markdown skipped') } == 1 : 'generate-markdown runs in the second build'
assert !log.contains('[ERROR]')
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 2
assert !new File(basedir, 'target/geo').exists() : 'no reports when validate is skipped'
assert new File(basedir, 'target/generated-site/markdown/faq.md').isFile()
return true
