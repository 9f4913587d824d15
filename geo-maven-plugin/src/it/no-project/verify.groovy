// Without a project: folders from properties, the manifest under ./target, nothing named ${project.basedir}.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def site = new File(basedir, 'public')
def manifest = new File(basedir, 'target/geo/inject-manifest.tsv')

assert !new File(basedir, 'pom.xml').exists()
assert lines.contains("[INFO] --- ${pluginPrefix}:inject (default-cli) @ standalone-pom ---".toString())
assert lines.contains("[INFO] geo:inject: 3 pages scanned, 3 changed, 0 unchanged, 0 without content, 0 failed in ${site} (no manifest at ${manifest} yet: all pages processed)".toString())
assert lines.contains("[INFO] geo:llms-txt: wrote ${new File(site, 'llms.txt')}".toString())
assert !log.contains('[ERROR]')
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 2

assert manifest.isFile()
def stray = []
basedir.eachFileRecurse { if (it.name.contains('${')) stray << it }
assert stray == [] : "unresolved expression in a path: ${stray}"
['index.html', 'faq.html', 'blog/weekplanning-maken.html'].each {
  assert new File(site, it).getText('UTF-8').count('data-geo') == 1 : "${it}: expected one data-geo block"
}
def post = new File(site, 'blog/weekplanning-maken.html').getText('UTF-8')
assert post.contains('"BlogPosting"')
assert new File(site, 'llms.txt').getText('UTF-8').contains('weekplanning-maken')
return true
