/**
 * Fixtures and AssertJ assertions for the test suites of tools built on the GMG SDK (see {@link dev.gmg.testing}).
 * A module that requires this one also reads the SDK's modules and AssertJ, whose types its API returns.
 */
module dev.gmg.testing {
    requires transitive dev.gmg.io;
    requires transitive dev.gmg.query;
    requires transitive org.assertj.core;
    requires transitive org.junit.jupiter.api;
    requires org.opentest4j;
    requires tools.jackson.core;
    requires tools.jackson.databind;

    exports dev.gmg.testing;
}
