// Invalid content: both goals fail at the content's file:line:col; nothing is generated or injected.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def content = new File(basedir, 'content')

def dateLine = "[ERROR] content/calendar.yaml:3:11: error [load.date] 'date' of a week in calendar.yaml is not a valid date: '2026-02-30' (not an ISO 8601 date). Fix: write a date such as 2026-01-05 or a date-time with offset such as 2026-01-05T09:00:00+01:00"
def yamlLine = "[ERROR] content/faq.yaml:3:13: error [load.yaml] malformed YAML: while scanning a quoted scalar: found unexpected end of stream. Fix: check indentation, quote values that contain ': ' or start with a special character, and give each key once"
// Once per run: generate-markdown, then inject.
assert lines.count { it == dateLine } == 2
assert lines.count { it == yamlLine } == 2
assert lines.contains("[ERROR] Failed to execute goal nl.geokern:${pluginPrefix}:generate-markdown (geo-site) on project invalid-content: geo:generate-markdown: the content in ${content} has 2 error(s); nothing was written. Fix the findings above, then run the build again. -> [Help 1]".toString())
assert lines.contains("[ERROR] Failed to execute goal nl.geokern:${pluginPrefix}:inject (default-cli) on project invalid-content: geo:inject: the content in ${content} has 2 error(s); nothing was written. Fix the findings above, then run the build again. -> [Help 1]".toString())
assert lines.count { it == '[INFO] BUILD FAILURE' } == 2

// No Markdown generated.
assert !new File(basedir, 'target/generated-site').exists()
// The site is as it was: same files, bytes and times; no manifest.
def before = new File(basedir, 'site-before')
def site = new File(basedir, 'target/site')
def names = { File dir -> def l = []; dir.eachFileRecurse(groovy.io.FileType.FILES) { l << dir.toPath().relativize(it.toPath()).toString() }; l.sort() }
assert names(site) == names(before)
names(site).each { name ->
  def page = new File(site, name)
  assert page.bytes == new File(before, name).bytes : "${name} was modified"
  assert page.lastModified() == 1767225600000L : "${name} was rewritten"
  assert !page.getText('UTF-8').contains('data-geo')
}
assert !new File(basedir, 'target/geo').exists()
return true
