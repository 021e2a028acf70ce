package dev.gmg.query;

/**
 * How many activities a query could not judge, and so left out: those its date filters could not judge because they
 * are {@link #undated() undated}, those its place filters could not judge because they name
 * {@link #placeless() no place}, and those that name {@link #globalOnly() only the World}, which a country or region
 * filter does not find. An activity that another part of the filter already rules out is not counted; one both
 * undated and placeless counts in both.
 *
 * <p>Precisely: the filter is read in three-valued logic, where a date leaf is "unknown" for an undated activity and
 * a place leaf for an activity without places (a country or region leaf also for one with only the World); an
 * activity counts when the whole filter is "unknown" for it with that one kind of gap and the result does not hold
 * it. (The result itself reads an unknown leaf as false, so {@code NOT region:Africa} keeps the placeless.)
 *
 * @param undated left out for want of a date
 * @param placeless left out for want of a place
 * @param globalOnly left out because the only place they name is the World
 */
public record LeftOut(int undated, int placeless, int globalOnly) {

    /** Nothing left out. */
    public static final LeftOut NONE = new LeftOut(0, 0, 0);

    /**
     * @param undated left out for want of a date, 0 or more
     * @param placeless left out for want of a place, 0 or more
     * @param globalOnly left out because the only place they name is the World, 0 or more
     */
    public LeftOut {
        if (undated < 0 || placeless < 0 || globalOnly < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** @return true when every count is 0 */
    public boolean isEmpty() {
        return undated == 0 && placeless == 0 && globalOnly == 0;
    }
}
