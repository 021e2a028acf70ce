package dev.gmg.query;

import dev.gmg.model.Activity;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Agency;
import dev.gmg.model.Participant;
import dev.gmg.model.Place;
import dev.gmg.model.SourceRef;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * The binary form of an {@link ActivityIndex} ({@link ActivityIndex#writeTo}, {@link ActivityIndex#read}): the
 * built posting lists and arrays, so that reading skips the build. The layout is private to this version of the
 * SDK; {@link #MAGIC} names it, and a reader refuses any other. A CRC-32 of the rest guards against damage.
 *
 * <p>The index does not hold the activities: it holds their positions in the dataset and a fingerprint of the
 * agencies' order and of every activity field it indexes, and a reader refuses a dataset whose fingerprint differs
 * (another dataset, or the same one edited). The words are not stored: they are indexed on the first text query, as in a built index.
 */
final class IndexFormat {

    static final String MAGIC = "gmg-index-1";
    /** Far above the body of any index this SDK can build (a million activities take tens of megabytes). */
    private static final int MAX_BYTES = 1 << 30;

    private IndexFormat() {
    }

    static void write(ActivityIndex ix, OutputStream target) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CheckedOutputStream checked = new CheckedOutputStream(bytes, new CRC32());
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(checked));
        body(ix, data);
        data.flush();
        DataOutputStream out = new DataOutputStream(target);
        out.writeUTF(MAGIC);
        out.writeInt(bytes.size());
        out.writeLong(checked.getChecksum().getValue());
        bytes.writeTo(out);
        out.flush();
    }

    /** The body {@link #write} wrote, after checking the layout's name and the checksum. */
    static DataInputStream open(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(source);
        String magic = in.readUTF();
        if (!magic.equals(MAGIC)) {
            throw new IOException("not an index of this SDK version: it starts with '" + magic + "', not '" + MAGIC
                    + "'");
        }
        int length = in.readInt();
        if (length < 0 || length > MAX_BYTES) {
            throw new IOException("damaged index: a length of " + length + " bytes");
        }
        long checksum = in.readLong();
        byte[] body = in.readNBytes(length); // grows with what arrives: a false length allocates nothing big
        if (body.length < length) {
            throw new EOFException("the index ends after " + body.length + " of its " + length + " bytes");
        }
        CRC32 crc = new CRC32();
        crc.update(body);
        if (crc.getValue() != checksum) {
            throw new IOException("damaged index: its checksum does not match");
        }
        return new DataInputStream(new ByteArrayInputStream(body));
    }

    private static void body(ActivityIndex ix, DataOutputStream out) throws IOException {
        out.writeInt(ix.n);
        out.writeLong(fingerprint(ix.byOrdinal, ix.dataset.agencies()));
        List<Activity> activities = ix.dataset.activities();
        Map<Activity, Integer> positions = new java.util.IdentityHashMap<>();
        for (int i = 0; i < activities.size(); i++) {
            positions.put(activities.get(i), i);
        }
        for (Activity a : ix.byOrdinal) {
            out.writeInt(positions.get(a));
        }
        out.writeInt(ix.datedCount);
        ints(out, ix.latestDay);
        ix.longSpans.write(out);
        postings(out, ix.actionPoints);
        postings(out, ix.agencyRoles);
        out.writeInt(ix.places.length);
        for (Place p : ix.places) {
            out.writeUTF(p.code());
        }
        postings(out, ix.placeRoles);
        List<Place> facetRegions = ix.regionsOf.facetRegions();
        out.writeInt(facetRegions.size());
        for (Place r : facetRegions) {
            out.writeUTF(r.code());
            ix.regions.get(r).write(out);
        }
        ix.placeless.write(out);
        ix.globalOnly.write(out);
        postings(out, ix.precisions);
        postings(out, ix.statuses);
        postings(out, ix.kinds);
        postings(out, ix.themes);
        List<String> sources = new ArrayList<>(ix.sources.keySet());
        sources.sort(null); // Map.copyOf iterates in an order that changes from run to run
        out.writeInt(sources.size());
        for (String key : sources) {
            out.writeUTF(key);
            ix.sources.get(key).write(out);
        }
        ints(out, ix.parts);
        ints(out, ix.partParents);
        ints(out, ix.firstPart);
        out.writeInt(ix.relatedIds.length);
        for (String id : ix.relatedIds) {
            out.writeUTF(id);
        }
        ints(out, ix.relatedBy);
    }

    static void ints(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    static int[] ints(DataInputStream in, int max) throws IOException {
        int[] values = new int[count(in, max)];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    /**
     * A count that must lie between 0 and {@code max}, or the file is damaged. Within the body, every counted item
     * takes at least a byte, so no count exceeds the bytes left: a crafted file cannot make a reader allocate more
     * than it holds.
     */
    static int count(DataInputStream in, int max) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > max || count > in.available()) {
            throw new IOException("damaged index: a count of " + count + " where at most " + max + " fit");
        }
        return count;
    }

    static void postings(DataOutputStream out, Postings[] lists) throws IOException {
        out.writeInt(lists.length);
        for (Postings p : lists) {
            p.write(out);
        }
    }

    static Postings[] postings(DataInputStream in, int n, int max) throws IOException {
        Postings[] lists = new Postings[count(in, max)];
        for (int i = 0; i < lists.length; i++) {
            lists[i] = Postings.read(in, n);
        }
        return lists;
    }

    /**
     * A hash of the agencies' ids in order (the index numbers agencies by it) and of every field the index reads
     * from its activities, in ordinal order: ids, dates, action points, participants, places, status, kind, themes,
     * sources, part-of and related ids. Enum constants count by
     * ordinal, not by their identity hash codes, so the hash is the same in every JVM (and the layout is tied to
     * one version of the SDK, whose vocabularies fix the ordinals).
     */
    static long fingerprint(Activity[] byOrdinal, List<Agency> agencies) {
        long h = 1125899906842597L;
        for (Agency a : agencies) {
            h = mix(h, a.id());
        }
        for (Activity a : byOrdinal) {
            h = mix(h, a.id());
            h = mix(h, a.period().isPresent() ? a.period().get().toString() : "");
            for (var p : a.actionPoints()) {
                h = h * 31 + p.ordinal();
            }
            for (Participant p : a.participants()) {
                h = mix(h, p.agencyId()) * 31 + p.role().ordinal();
            }
            for (ActivityPlace p : a.places()) {
                h = mix(h, p.place().code()) * 31 + p.role().ordinal();
            }
            h = (h * 31 + a.status().ordinal()) * 31 + a.kind().ordinal();
            for (var t : a.themes()) {
                h = h * 31 + t.ordinal();
            }
            for (SourceRef s : a.sources()) {
                h = mix(h, s.section()) * 31 + s.paragraph();
            }
            h = mix(h, a.partOf().orElse(""));
            for (String r : a.related()) {
                h = mix(h, r);
            }
            h = mix(h, "|");
        }
        return h;
    }

    private static long mix(long h, String s) {
        return 1_000_003L * h + s.hashCode() * 31L + s.length();
    }
}
