// geo:help -Ddetail lists every goal with its parameters and geo.* properties.
def lines = new File(basedir, 'build.log').readLines()

assert lines.contains("[INFO] --- ${pluginPrefix}:help (default-cli) @ standalone-pom ---".toString())
assert lines.contains('This plugin has 7 goals:')
['geo:check-html', 'geo:generate-markdown', 'geo:help', 'geo:inject', 'geo:llms-txt', 'geo:report', 'geo:validate'].each {
  assert lines.contains(it) : "goal ${it} not listed"
}
// Goals in alphabetical order, each with its one-sentence description.
def goals = lines.findAll { it ==~ /geo:[a-z-]+/ }
assert goals == goals.sort(false)
assert lines.contains('  Loads the content, runs the editorial rules, writes the JSON, SARIF and HTML')
// -Ddetail: parameters with their user properties, the global and per-goal skips among them.
['geo.skip', 'geo.validate.skip', 'geo.report.skip', 'geo.generate-markdown.skip', 'geo.inject.skip', 'geo.check-html.skip',
 'geo.llms-txt.skip', 'geo.contentDirectory', 'geo.siteDirectory', 'geo.failOnSeverity', 'geo.rulesFile',
 'geo.reportDirectory', 'geo.referenceDate', 'geo.timeZone', 'geo.manifest', 'geo.markdownDirectory'].each {
  assert lines.contains("      User property: ${it}".toString()) : "property ${it} not listed"
}
assert lines.contains('[INFO] BUILD SUCCESS')
return true
