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

    /**
     * Pairs of valid ids that shared a fingerprint when ids were mixed four characters a step from a fixed start
     * (found by a search of seconds): with FNV-1a from a start drawn per run, each is two ids.
     */
    @Test
    void idsOnceFoundToShareAFingerprintAreTwoIds() {
        String[][] pairs = {{"3aon467eaaad", "21ptpxu5roa9"}, {"j3rfqlhodvaa", "2kh4exy988ct"},
            {"j9430si0afaa", "c7qc40h2n8qj"}};
        for (String[] pair : pairs) {
            IdTable table = new IdTable();
            assertThat(table.putIfAbsent(pair[0], 1)).isEqualTo(-1);
            assertThat(table.putIfAbsent(pair[1], 2)).as(pair[1]).isEqualTo(-1);
        }
    }

    /**
     * Ids alike but for the order of their characters, or for a character moved from one group of four to the next,
     * have different fingerprints: each of a million such ids is new exactly when it was not seen before.
     */
    @Test
    void aMillionIdsAlikeInTheirCharactersAreToldApart() {
        IdTable table = new IdTable();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        int i = 0;
        for (int n = 0; n < 250_000; n++) {
            String digits = String.format("%08d", n);
            String swapped = digits.substring(4) + digits.substring(0, 4);
            for (String id : new String[] {"syn-" + digits, "syn-" + swapped, "syn-" + digits + "-", "syn" + digits}) {
                Integer first = seen.putIfAbsent(id, i);
                assertThat(table.putIfAbsent(id, i++)).as(id).isEqualTo(first == null ? -1 : first);
            }
        }
        assertThat(table).hasToString("IdTable{" + seen.size() + " ids}");
        assertThat(seen.size()).isGreaterThan(900_000);
    }
}
