package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The duplicate-id table remembers where each id was first seen, across growth. */
class IdTableTest {

    @Test
    void eachIdIsNewOnceAndThenNamesWhereItWasFirstSeen() {
        IdTable table = new IdTable();
        for (int i = 0; i < 100_000; i++) {
            assertThat(table.putIfAbsent("activity-" + i, i)).isEqualTo(-1);
        }

        for (int i = 0; i < 100_000; i += 997) {
            assertThat(table.putIfAbsent("activity-" + i, -5)).isEqualTo(i);
            assertThat(table.contains("activity-" + i)).isTrue();
            assertThat(table.get("activity-" + i)).isEqualTo(i);
        }
        assertThat(table.get("activity-100000")).isEqualTo(-1);
        assertThat(table.contains("activity-100000")).isFalse();
        assertThat(table.contains("")).isFalse();
        assertThat(table).hasToString("IdTable{100000 ids}");
    }
}
