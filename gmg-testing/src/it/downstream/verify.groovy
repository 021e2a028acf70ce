// The build passing is not enough: the consumer's tests must have run.
def report = new File(basedir, 'target/surefire-reports/TEST-org.example.downstream.DownstreamTest.xml')
assert report.isFile() : "no test report at ${report}: the consumer's tests did not run"
def suite = new groovy.xml.XmlSlurper().parse(report)
assert suite.@tests.toInteger() == 4 : "expected 4 tests in the consumer, ran ${suite.@tests}"
assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0 && suite.@skipped.toInteger() == 0
