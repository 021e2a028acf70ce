package dev.gmg.io;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Agency;
import dev.gmg.model.AgencyKind;
import dev.gmg.model.Dataset;
import dev.gmg.model.DatasetMetadata;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.MigrantStock;
import dev.gmg.model.Participant;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.SourceRef;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A compact binary copy of a dataset that has already been validated, for the command line's cold start: it is
 * read without a JSON parser, in about half the time. The build runs {@link #main(String[])} after compiling
 * gmg-io: it reads the bundled JSON with every check (Bean Validation included) and writes the snapshot beside it
 * in the jar, much as the JDK compiles its time-zone rules to {@code tzdb.dat}. A test checks that both give equal
 * datasets; the JSON stays the only source anyone edits. Not a file format for users: the layout is private and
 * may change with any release.
 */
final class Snapshot {

    /** Identifies the layout; a reader refuses any other. */
    static final String MAGIC = "gmg-snapshot-2";

    private Snapshot() {
    }

    /**
     * Reads the dataset JSON file {@code args[0]}, validating it, and writes its snapshot to {@code args[1]}.
     *
     * @throws GmgFormatException if the JSON is not a valid dataset, which fails the build
     */
    public static void main(String[] args) throws IOException {
        Dataset dataset = GmgJson.read(Path.of(args[0]));
        AtomicFiles.write(Path.of(args[1]), out -> write(dataset, new DataOutputStream(out)));
    }

    static void write(Dataset d, DataOutputStream out) throws IOException {
        out.writeUTF(MAGIC);
        DatasetMetadata m = d.metadata();
        out.writeUTF(m.title());
        out.writeUTF(m.publisher());
        out.writeUTF(m.published().toString());
        out.writeLong(m.asOf().toEpochDay()); // LocalDate.parse would start java.time's formatters on each run
        out.writeUTF(m.version());
        out.writeShort(m.migrantStock().size());
        for (MigrantStock s : m.migrantStock()) {
            out.writeShort(s.year());
            out.writeInt(s.millions());
        }
        out.writeShort(d.agencies().size());
        for (Agency a : d.agencies()) {
            out.writeUTF(a.id());
            out.writeUTF(a.name());
            out.writeByte(a.kind().ordinal());
            out.writeBoolean(a.gmgMember());
            optional(out, a.parentId());
            strings(out, a.aliases());
        }
        out.writeShort(d.activities().size());
        for (Activity a : d.activities()) {
            out.writeUTF(a.id());
            out.writeUTF(a.title());
            out.writeUTF(a.summary());
            out.writeByte(a.actionPoints().size());
            for (ActionPoint p : a.actionPoints()) {
                out.writeByte(p.ordinal());
            }
            out.writeByte(a.participants().size());
            for (Participant p : a.participants()) {
                out.writeUTF(p.agencyId());
                out.writeByte(p.role().ordinal());
            }
            out.writeShort(a.places().size());
            for (ActivityPlace p : a.places()) {
                out.writeUTF(p.place().code());
                out.writeByte(p.role().ordinal());
            }
            optional(out, a.period().map(EdtfPeriod::toString));
            out.writeByte(a.status().ordinal());
            out.writeByte(a.kind().ordinal());
            out.writeByte(a.themes().size());
            for (Theme t : a.themes()) {
                out.writeByte(t.ordinal());
            }
            out.writeByte(a.sources().size());
            for (SourceRef s : a.sources()) {
                out.writeUTF(s.section());
                optional(out, s.subheading());
                out.writeShort(s.paragraph());
            }
            optional(out, a.partOf());
            strings(out, a.related());
        }
        out.flush();
    }

    static Dataset read(DataInputStream in) throws IOException {
        String magic = in.readUTF();
        if (!magic.equals(MAGIC)) {
            throw new IOException("not a " + MAGIC + " snapshot: " + magic);
        }
        var metadata = DatasetMetadata.builder()
                .title(in.readUTF())
                .publisher(in.readUTF())
                .published(EdtfPeriod.parse(in.readUTF()))
                .asOf(LocalDate.ofEpochDay(in.readLong()))
                .version(in.readUTF());
        for (int i = in.readShort(); i > 0; i--) {
            metadata.addMigrantStock(MigrantStock.of(in.readShort(), in.readInt()));
        }
        var dataset = Dataset.builder().metadata(metadata.build());
        AgencyKind[] agencyKinds = AgencyKind.values();
        for (int i = in.readShort(); i > 0; i--) {
            dataset.addAgencies(Agency.builder()
                    .id(in.readUTF())
                    .name(in.readUTF())
                    .kind(agencyKinds[in.readByte()])
                    .gmgMember(in.readBoolean())
                    .parentId(optional(in))
                    .aliases(strings(in))
                    .build());
        }
        ActionPoint[] points = ActionPoint.values();
        Role[] roles = Role.values();
        PlaceRole[] placeRoles = PlaceRole.values();
        Status[] statuses = Status.values();
        ActivityKind[] kinds = ActivityKind.values();
        Theme[] themes = Theme.values();
        Gazetteer gazetteer = Gazetteer.standard();
        for (int i = in.readShort(); i > 0; i--) {
            var a = Activity.builder().id(in.readUTF()).title(in.readUTF()).summary(in.readUTF());
            for (int j = in.readByte(); j > 0; j--) {
                a.addActionPoints(points[in.readByte()]);
            }
            for (int j = in.readByte(); j > 0; j--) {
                a.addParticipants(Participant.of(in.readUTF(), roles[in.readByte()]));
            }
            for (int j = in.readShort(); j > 0; j--) {
                String code = in.readUTF();
                a.addPlaces(ActivityPlace.of(gazetteer.byCode(code)
                        .orElseThrow(() -> new IOException("unknown place code " + code)), placeRoles[in.readByte()]));
            }
            a.period(optional(in).map(EdtfPeriod::parse));
            a.status(statuses[in.readByte()]).kind(kinds[in.readByte()]);
            for (int j = in.readByte(); j > 0; j--) {
                a.addThemes(themes[in.readByte()]);
            }
            for (int j = in.readByte(); j > 0; j--) {
                a.addSources(SourceRef.builder().section(in.readUTF()).subheading(optional(in))
                        .paragraph(in.readShort()).build());
            }
            a.partOf(optional(in)).related(strings(in));
            dataset.addActivities(a.build());
        }
        return dataset.build();
    }

    private static void optional(DataOutputStream out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            out.writeUTF(value.get());
        }
    }

    private static Optional<String> optional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeShort(values.size());
        for (String v : values) {
            out.writeUTF(v);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        List<String> values = new ArrayList<>();
        for (int i = in.readShort(); i > 0; i--) {
            values.add(in.readUTF());
        }
        return values;
    }
}
