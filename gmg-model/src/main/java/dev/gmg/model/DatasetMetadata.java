package dev.gmg.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/** What a dataset describes: the report's title, publisher, date, and the introduction's figures. */
@Value.Immutable
public abstract class DatasetMetadata {

    /**
     * A new, empty builder.
     *
     * @return a builder whose {@link Builder#build() build()} checks the invariants of {@code DatasetMetadata}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DatasetMetadata}; obtained from {@link DatasetMetadata#builder()}. Not thread-safe. */
    public static final class Builder extends ImmutableDatasetMetadata.Builder {
        Builder() {
        }
    }

    /** {@return the title of the source report} */
    @NotBlank
    @Size(max = 300)
    public abstract String title();

    /** {@return who published the report} */
    @NotBlank
    @Size(max = 200)
    public abstract String publisher();

    /** {@return when the report was published, as precisely as known} */
    public abstract EdtfPeriod published();

    /** {@return the date against which activity {@link Status status} is judged ("will" means after this day)} */
    public abstract LocalDate asOf();

    /** {@return the global stock of international migrants the report cites, oldest first} */
    public abstract List<@Valid MigrantStock> migrantStock();

    /** {@return the dataset's own version, for example "2014.1"} */
    @NotBlank
    @Size(max = 40)
    public abstract String version();
}
