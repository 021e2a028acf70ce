package dev.gmg.query;

import dev.gmg.model.Activity;
import dev.gmg.model.EdtfPeriod;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The comparator of an {@link ActivityQuery.Sort}. A plain class rather than {@code Comparator.comparing} chains:
 * the command line sorts the bundled data on every start, and each lambda of such a chain is a class the JVM
 * spins at run time, which the class-data archive cannot hold.
 */
final class SortOrder implements Comparator<Activity> {

    private final ActivityQuery.Sort sort;

    SortOrder(ActivityQuery.Sort sort) {
        this.sort = sort;
    }

    @Override
    public int compare(Activity a, Activity b) {
        int c = switch (sort) {
            case DATE -> byDate(a, b, false);
            case DATE_DESCENDING -> byDate(a, b, true);
            case ID -> 0;
            case TITLE -> a.title().toLowerCase(Locale.ROOT).compareTo(b.title().toLowerCase(Locale.ROOT));
        };
        return c != 0 ? c : a.id().compareTo(b.id());
    }

    /** Dated before undated; among dated, by earliest day, ascending or descending. */
    private static int byDate(Activity a, Activity b, boolean descending) {
        Optional<EdtfPeriod> pa = a.period();
        Optional<EdtfPeriod> pb = b.period();
        if (pa.isEmpty() || pb.isEmpty()) {
            return Boolean.compare(pa.isEmpty(), pb.isEmpty());
        }
        int c = pa.get().earliest().compareTo(pb.get().earliest());
        return descending ? -c : c;
    }

    @Override
    public String toString() {
        return "ActivityQuery.Sort." + sort.name();
    }
}
