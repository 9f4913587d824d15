// maven-site-plugin renders the site; geo:inject adds exactly one JSON-LD block to each page's head.
// The files checked at the end are those of the second run (either binding gives the same pages).
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def site = new File(basedir, 'target/site')

// build.log holds both runs; the second starts at its own "Building" line.
def runs = log.split(/(?m)^\[INFO\] -+< it\.geo:site-inject >-+$/).drop(1)
assert runs.size() == 2
def injected = "[INFO] geo:inject: 4 pages scanned, 4 changed, 0 unchanged, 0 without content, 0 failed in ${site} (no manifest at ${new File(basedir, 'target/geo/inject-manifest.tsv')} yet: all pages processed)".toString()
def markdown = "[INFO] geo:generate-markdown: 2 pages in ${new File(basedir, 'target/generated-site/markdown')} (2 changed)".toString()
def siteGoal = '--- maven-site-plugin:3.21.0:site (default-site) @ site-inject ---'

// 1: `mvn post-site` with the default phases: markdown before the site, inject after it.
def first = runs[0]
def markdownAt = first.indexOf("--- ${pluginPrefix}:generate-markdown (geo-site) @ site-inject ---")
def siteAt = first.indexOf(siteGoal)
def injectAt = first.indexOf("--- ${pluginPrefix}:inject (geo-site) @ site-inject ---")
assert markdownAt >= 0 && siteAt > markdownAt && injectAt > siteAt
assert first.readLines().contains(markdown)
assert first.readLines().contains('[INFO] Rendering content with org.apache.maven.skins:maven-fluido-skin:jar:2.1.0 skin')
assert first.readLines().contains(injected)

// 2: `mvn clean site` with inject bound to the site phase: default-site still runs first.
def second = runs[1]
siteAt = second.indexOf(siteGoal)
injectAt = second.indexOf("--- ${pluginPrefix}:inject (geo-inject-in-site) @ site-inject ---")
assert siteAt >= 0 && injectAt > siteAt
assert !second.contains("${pluginPrefix}:inject (geo-site)")
assert second.readLines().contains(markdown)
assert second.readLines().contains(injected)

assert !log.contains('[ERROR]')
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 2

def pages = []
site.eachFileRecurse(groovy.io.FileType.FILES) { if (it.name.endsWith('.html')) pages << it }
assert pages.collect { site.toPath().relativize(it.toPath()).toString().replace('\\', '/') }.sort() ==
    ['blog/weekplanning-maken.html', 'faq.html', 'index.html', 'over-ons.html']

def blocks = { String html -> (html =~ /(?s)<script[^>]*\bdata-geo\b[^>]*>(.*?)<\/script>/).collect { it[1] } }
pages.each { page ->
  def html = page.getText('UTF-8')
  int headEnd = html.indexOf('</head>')
  assert headEnd > 0 : "${page}: no </head>"
  assert blocks(html).size() == 1 : "${page}: expected one data-geo block"
  assert blocks(html.substring(0, headEnd)).size() == 1 : "${page}: the data-geo block is not inside <head>"
  assert html =~ /<script type="application\/ld\+json" data-geo="jsonld">/
  def json = new groovy.json.JsonSlurper().parseText(blocks(html)[0])
  assert json['@context'] != null
}
def post = blocks(new File(site, 'blog/weekplanning-maken.html').getText('UTF-8'))[0]
assert post.contains('"BlogPosting"')
assert post.contains('"FAQPage"')
assert blocks(new File(site, 'faq.html').getText('UTF-8'))[0].contains('"FAQPage"')
assert !blocks(new File(site, 'index.html').getText('UTF-8'))[0].contains('"BlogPosting"')
return true
