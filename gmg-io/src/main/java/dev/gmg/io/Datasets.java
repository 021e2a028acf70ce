package dev.gmg.io;

import dev.gmg.model.Dataset;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The datasets shipped inside the SDK.
 *
 * <pre>{@code
 * Dataset hld = Datasets.hld2014();
 * hld.activities().size();
 * hld.requireAgency("UN Women").name();
 * }</pre>
 */
public final class Datasets {

    /** The class-path resource holding the 2014 follow-up report's dataset, in the format of {@link GmgJson}. */
    public static final String HLD_2014_RESOURCE = "/dev/gmg/io/hld-2014.json";

    private Datasets() {
    }

    /** The same dataset as {@link #HLD_2014_RESOURCE}, as the build's {@link Snapshot} of it. */
    static final String HLD_2014_SNAPSHOT = "/dev/gmg/io/hld-2014.snapshot";

    private static final class Hld2014 {
        static final Dataset INSTANCE = loadBundled();
    }

    /**
     * The GMG agencies' follow-up to the 2013 High-level Dialogue on International Migration and Development, as
     * reported in 2014: the report's agencies and activities, curated by hand from its text.
     *
     * <p>Loaded on first use, once, and shared: the dataset is immutable and safe to use from any thread. The
     * SDK's build validates this dataset (Bean Validation included), so loading skips Bean Validation.
     *
     * @return the bundled dataset, loaded once and shared
     * @throws IllegalStateException if the resource is missing or damaged (a broken SDK jar, not a user error)
     */
    public static Dataset hld2014() {
        return Hld2014.INSTANCE;
    }

    /**
     * The bundled dataset from its snapshot, which reads in half the time of the JSON; from the JSON where the
     * snapshot is missing (classes compiled outside Maven, as by an IDE).
     */
    static Dataset loadBundled() {
        try (InputStream in = Datasets.class.getResourceAsStream(HLD_2014_SNAPSHOT)) {
            if (in != null) {
                return Snapshot.read(new DataInputStream(new BufferedInputStream(in)));
            }
        } catch (IOException e) {
            throw new IllegalStateException("the bundled dataset's snapshot " + HLD_2014_SNAPSHOT
                    + " is damaged; the gmg-io jar is broken", e);
        }
        return load(HLD_2014_RESOURCE);
    }

    static Dataset load(String resource) {
        try (InputStream in = Datasets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled dataset " + resource
                        + " is missing from the class path; the gmg-io jar is incomplete");
            }
            return GmgJson.read(in, resource, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled dataset " + resource, e);
        } catch (GmgFormatException e) {
            throw new IllegalStateException("the bundled dataset is damaged: " + e.getMessage(), e);
        }
    }
}
