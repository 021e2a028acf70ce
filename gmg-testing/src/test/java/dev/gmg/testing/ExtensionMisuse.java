package dev.gmg.testing;

import dev.gmg.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Misuses of GmgExtension, run only by GmgExtensionTest through the JUnit test kit (its name is not a test's). */
@ExtendWith(GmgExtension.class)
class ExtensionMisuse {

    @Test
    void syntheticString(@Synthetic String s) {
    }

    @Test
    void negativeSize(Dataset fine, @Synthetic(size = -1) Dataset d) {
    }
}
