package dev.gmg.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks {@link GmgExtension} for a {@linkplain SyntheticDatasets synthetic dataset} instead of the bundled one, on
 * a {@code Dataset} or {@code ActivityIndex} parameter:
 *
 * <pre>{@code
 * @Test
 * void scalesUp(@Synthetic(size = 10_000, seed = 7) ActivityIndex index) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Synthetic {

    /**
     * The number of activities.
     *
     * @return the number of activities, not negative
     */
    int size() default 1_000;

    /**
     * The seed: the same seed and size give the same dataset.
     *
     * @return the seed
     */
    long seed() default 2014;
}
