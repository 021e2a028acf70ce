package dev.gmg.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.immutables.value.Value;

/** The number of international migrants in the world in one year, in millions. */
@Value.Immutable
public abstract class MigrantStock {

    /**
     * The stock in {@code year}, in millions of people.
     *
     * @param year the year of the estimate
     * @param millions the number of international migrants, in millions
     * @return the figure
     */
    public static MigrantStock of(int year, int millions) {
        return ImmutableMigrantStock.of(year, millions);
    }

    /** {@return the year of the estimate} */
    @Value.Parameter
    @Min(1900)
    @Max(2100)
    public abstract int year();

    /** {@return millions of international migrants} */
    @Value.Parameter
    @Positive
    public abstract int millions();

    @Override
    public String toString() {
        return year() + ": " + millions() + " million";
    }
}
