def lines = new File(basedir, 'build.log').readLines()

// The example ran, with the answer's HTML escaped so it cannot end the script element.
assert lines.contains('<script type="application/ld+json">{"@context":"https://schema.org","@id":"https://example.nl/faq.html#webpage","@type":"FAQPage","mainEntity":[{"@type":"Question","acceptedAnswer":{"@type":"Answer","text":"Een halve dag kost 450 euro."},"name":"Wat kost een workshop?"},{"@type":"Question","acceptedAnswer":{"@type":"Answer","text":"Ja, we werken in de hele \\u003cb\\u003eRandstad\\u003c/b\\u003e."},"name":"Komen jullie ook naar Utrecht?"}],"url":"https://example.nl/faq.html"}</script>')
assert lines.contains('[INFO] BUILD SUCCESS')

// dependency:list, one artifact a line: group:artifact:type:version:scope:file, maybe followed by " -- module ...".
def resolved = new File(basedir, 'target/dependencies.txt').readLines()
    .collect { it.replaceFirst(/\s+--\s+module\s.*$/, '').trim() }
    .findAll { it ==~ /[^:\s]+:[^:\s]+:[^:\s]+:[^:\s]+:[^:\s]+:.+/ }
    .collect { def p = it.split(':', 6); [id: "${p[0]}:${p[1]}".toString(), file: new File(p[5])] }
assert resolved*.id.sort() == ['com.fasterxml.jackson.core:jackson-core', 'nl.geokern:geo-jsonld'] : resolved*.id
resolved.each { assert it.file.isFile() : "${it.id}: no jar at ${it.file}" }
long bytes = resolved.sum { it.file.length() }
println "jsonld-only: ${resolved*.id} resolved, ${bytes} bytes in all"
assert bytes < 1_000_000 : "geo-jsonld and jackson-core take ${bytes} bytes; expected under 1 MB"
return true
