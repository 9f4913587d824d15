// `mvn site` with geo in <reporting>: the content report is a page of the site, listed under
// Project Reports, rendered in the site's skin with the report's own (scoped) style sheet.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def site = new File(basedir, 'target/site')

assert lines.contains("[INFO] Detected 1 report for ${pluginPrefix}: report".toString())
assert lines.any { it ==~ /\[INFO\] Generating "geo content report" report +--- ${java.util.regex.Pattern.quote(pluginPrefix)}:report/ }
assert lines.contains('[INFO] geo: 1 error, 0 warnings, 0 info in 2 posts and 2 FAQ items; persona questions answered 2/2; calendar weeks complete 2/2')
assert !log.contains('[ERROR]')
assert lines.contains('[INFO] BUILD SUCCESS')

// The page: the skin around the report, the report's style sheet in the head, one <main> (the skin's).
def page = new File(site, 'geo-report.html').getText('UTF-8')
def head = page.substring(0, page.indexOf('</head>'))
assert head.contains('<title>geo content report: Testbureau')
assert head.contains('<link rel="stylesheet" href="css/geo-report.css" />')
assert page.contains('Rendered using Apache Maven Fluido Skin 2.1.0')
assert (page =~ /<main\b/).count == 1
assert page.contains('<div class="geo-report" lang="nl-NL">')
['summary', 'findings', 'coverage-matrix', 'calendar', 'chart-clusters', 'chart-readability', 'chart-geo', 'post-scores'].each {
  assert page.contains("id=\"${it}\"") : "no element #${it} in the report page"
}
assert page.contains('<code title="The FAQ page has at least 20 items.">faq.page-count</code>')
assert page.contains('<span class="badge-word">✗ Failed</span>')
// The timestamp is the project's, not the clock's.
assert page.contains('generated 2026-01-20T00:00:00Z')

def css = new File(site, 'css/geo-report.css').getText('UTF-8')
assert css.startsWith('.geo-report {\n')
assert !css.contains(':root')

// Listed under Project Reports: in the menu of every page and on the overview page.
def index = new File(site, 'index.html').getText('UTF-8')
assert index.contains('Project Reports')
def overview = new File(site, 'project-reports.html').getText('UTF-8')
assert overview.contains('<a href="geo-report.html">geo content report</a>')
assert overview.contains('<li><a href="geo-report.html">geo content report</a></li>')
return true
