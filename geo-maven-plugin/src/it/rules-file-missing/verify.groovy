// A rule configuration the build names but that does not exist fails the build; it is not ignored.
def lines = new File(basedir, 'build.log').readLines()
assert lines.contains("[ERROR] geo-regels.yaml: error [config.missing-file] the rule configuration does not exist: geo-regels.yaml. Fix: create it with a 'rules:' mapping, or leave the rule configuration unset to use the defaults")
assert lines.any { it.startsWith('[ERROR] Failed to execute goal') && it.contains('geo:validate found findings') }
