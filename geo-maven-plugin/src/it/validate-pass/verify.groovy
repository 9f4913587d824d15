// A valid content set: BUILD SUCCESS, no findings, the summary line, and the three reports.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()

assert log.contains("[INFO] --- ${pluginPrefix}:validate (geo-validate) @ validate-pass ---")
assert !log.contains('[ERROR]')
assert !log.contains('[WARNING]')
assert lines.contains('[INFO] geo: 0 errors, 0 warnings, 0 info in 2 posts and 2 FAQ items; persona questions answered 2/2; calendar weeks complete 2/2')
def reports = new File(basedir, 'target/geo')
assert log.contains("[INFO] geo:validate: reports in ${reports} (open geo-report.html)")
assert log.contains('[INFO] BUILD SUCCESS')

['geo-report.json', 'geo-report.sarif', 'geo-report.html'].each {
  assert new File(reports, it).isFile() : "missing report ${it}"
}
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'geo-report.json'))
assert json.passed == true
assert json.summary.errors == 0
assert json.summary.warnings == 0
assert json.findings == []
assert new File(reports, 'geo-report.json').text.contains('"errors": 0')
// No outputTimestamp here: the reports' time is the start of geo.referenceDate, never the clock.
assert json.generatedAt == '2026-01-20T00:00:00Z'
def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'geo-report.sarif'))
assert sarif.runs[0].results == []
assert sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri == basedir.toPath().toAbsolutePath().normalize().toUri().toString()
return true
