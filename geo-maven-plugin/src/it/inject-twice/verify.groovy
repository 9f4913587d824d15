// The second and third inject runs change nothing: log counts, bytes and modification times.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def site = new File(basedir, 'public')
def manifest = new File(basedir, 'target/geo/inject-manifest.tsv')

assert lines.contains("[INFO] geo:inject: 3 pages scanned, 3 changed, 0 unchanged, 0 without content, 0 failed in ${site} (no manifest at ${manifest} yet: all pages processed)".toString())
def again = "[INFO] geo:inject: 3 pages scanned, 0 changed, 3 unchanged, 0 without content, 0 failed in ${site} (manifest ${manifest} used (3 pages recorded))".toString()
assert lines.count { it == again } == 2 : 'the second execution and the third run report 0 changed'
assert log.contains("--- ${pluginPrefix}:inject (inject-second) @ inject-twice ---")
assert log.contains("--- ${pluginPrefix}:inject (default-cli) @ inject-twice ---")
assert !log.contains('[ERROR]')
def report = new File(basedir, 'target/geo/inject/geo-report.html')
assert lines.count { it == "[INFO] geo:inject: reports in ${report.parentFile} (open geo-report.html)".toString() } == 3 : 'every run says where its reports are'
assert report.isFile()
assert new File(basedir, 'target/geo/inject/geo-report.json').text.contains('"errors": 0')
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 2
// the plugin's jars give the graphs a stable key (with it, later runs reuse the recorded graphs)
def graphs = manifest.readLines('UTF-8')[1]
assert graphs.startsWith('# graphs\t') && graphs.contains('geo-jsonld-') : graphs

def snapshot = new File(basedir, 'target/after-first')
def files = []
site.eachFileRecurse(groovy.io.FileType.FILES) { files << site.toPath().relativize(it.toPath()).toString() }
assert files.sort() == ['blog/weekplanning-maken.html', 'faq.html', 'index.html'].collect { it.replace('/', File.separator) }
files.each { name ->
  def now = new File(site, name)
  def first = new File(snapshot, name)
  assert now.bytes == first.bytes : "${name} changed after the first run"
  assert now.lastModified() == first.lastModified() : "${name} was rewritten after the first run"
  assert now.getText('UTF-8').count('data-geo') == 1
}
return true
