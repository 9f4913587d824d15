// A rule broken: the finding at path:line:col, the summary, one failure at the end, reports written.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def reports = new File(basedir, 'target/geo')

assert lines.contains('[ERROR] content/blog/weekplanning-maken.md:26:1: error [post.faq-block] the FAQ section has 2 questions; a post needs 3–5. Fix: add 1 more related question, each an H3 followed by its answer, or reference FAQ items in \'faq\'')
// Warnings are logged at their own level and do not fail the build on their own.
assert lines.contains('[WARNING] content/blog/weekplanning-maken.md:14:1: warning [post.internal-links] post \'weekplanning-maken\' links to 0 other posts; expected at least 1. Fix: add a \'## Verder lezen\' list with links to related posts')
assert lines.contains('[INFO] geo: 1 error, 3 warnings, 0 info in 1 post and 1 FAQ item; persona questions answered 1/1; calendar weeks complete 1/1')
assert lines.contains("[INFO] geo:validate: reports in ${reports} (open geo-report.html)".toString())
assert lines.contains('[INFO] BUILD FAILURE')
// Fails once, at the end, with the threshold and where to look.
assert lines.count { it.startsWith('[ERROR] Failed to execute goal') } == 1
assert lines.contains("[ERROR] Failed to execute goal nl.geokern:${pluginPrefix}:validate (geo-validate) on project validate-fail: geo:validate found findings at or above 'error'; fix them (see the lines above or ${reports}/geo-report.html), or run with -Dgeo.failOnSeverity=… to change the threshold -> [Help 1]".toString())

['geo-report.json', 'geo-report.sarif', 'geo-report.html'].each {
  assert new File(reports, it).isFile() : "missing report ${it}"
}
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'geo-report.json'))
assert json.passed == false
assert json.summary.errors == 1
assert json.summary.warnings == 3
def error = json.findings.find { it.severity == 'error' }
assert error.ruleId == 'post.faq-block'
assert error.path == 'content/blog/weekplanning-maken.md'
assert error.line == 26
assert error.column == 1
def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'geo-report.sarif'))
assert sarif.runs[0].results.any { it.ruleId == 'post.faq-block' && it.level == 'error' }
return true
