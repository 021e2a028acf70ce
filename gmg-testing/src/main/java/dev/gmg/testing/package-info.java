/**
 * Fixtures and AssertJ domain assertions for the test suites of tools built on GMG data; take the module at test
 * scope.
 *
 * <p>{@link dev.gmg.testing.GmgAssertions} is the entry point of the assertions; {@link
 * dev.gmg.testing.SyntheticDatasets}, {@link dev.gmg.testing.TestActivities} and {@link dev.gmg.testing.Subsets}
 * make data; {@link dev.gmg.testing.GmgExtension} passes data to JUnit Jupiter tests; {@link
 * dev.gmg.testing.GoldenFiles} compares produced JSON and CSV with files kept with the tests.
 *
 * <pre>{@code
 * @ExtendWith(GmgExtension.class)
 * class MyTest {
 *     @Test
 *     void works(Dataset hld, @Synthetic(size = 10_000, seed = 7) ActivityIndex big) {
 *         assertThat(hld).isValid().activity("ilo-labour-migration-academy-2014").isLedBy("ILO");
 *     }
 * }
 * }</pre>
 */
package dev.gmg.testing;
