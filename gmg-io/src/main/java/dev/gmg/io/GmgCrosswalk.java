package dev.gmg.io;

import dev.gmg.model.Coded;
import dev.gmg.model.Crosswalk;
import dev.gmg.model.CrosswalkLink;
import dev.gmg.model.FrameworkRef;
import dev.gmg.model.HldOutcome;
import dev.gmg.model.SourceRef;
import java.io.StringWriter;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The crosswalk as data: JSON (valid against {@link #SCHEMA}) and CSV, so the table of links from the 2013 agenda
 * to the SDG targets and GCM objectives can be reviewed and reused outside Java.
 *
 * <pre>{@code
 * Files.writeString(Path.of("crosswalk.json"), GmgCrosswalk.toJson(Crosswalk.standard()));
 * }</pre>
 */
public final class GmgCrosswalk {

    /** The resource path of the JSON Schema of {@link #toJson(Crosswalk)}. */
    public static final String SCHEMA = "/dev/gmg/io/crosswalk.schema.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CsvMapper CSV = CsvMapper.builder().build();

    private GmgCrosswalk() {
    }

    /**
     * The whole crosswalk as JSON: the SDG targets and GCM objectives with their labels, every link with its
     * strength and rationale, the points and themes that deliberately have none, and the HLD outcomes.
     *
     * @param crosswalk usually {@link Crosswalk#standard()}
     * @return pretty-printed JSON, ending with a line break
     */
    public static String toJson(Crosswalk crosswalk) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode refs = root.putArray("refs");
        for (FrameworkRef r : crosswalk.refs()) {
            ObjectNode n = refs.addObject().put("id", r.id()).put("framework", r.framework().code())
                    .put("code", r.code()).put("label", r.label());
            if (!r.note().isEmpty()) {
                n.put("note", r.note());
            }
        }
        ArrayNode links = root.putArray("links");
        for (CrosswalkLink l : crosswalk.links()) {
            links.addObject().put("from", Crosswalk.key(l.from())).put("to", l.to().id()).put("strength", l.strength().code())
                    .put("rationale", l.rationale());
        }
        ArrayNode none = root.putArray("noLinks");
        for (Map.Entry<Coded, String> e : crosswalk.noLinks().entrySet()) {
            none.addObject().put("from", Crosswalk.key(e.getKey())).put("reason", e.getValue());
        }
        ArrayNode outcomes = root.putArray("outcomes");
        for (HldOutcome o : crosswalk.outcomes()) {
            ObjectNode n = outcomes.addObject().put("id", o.id()).put("kind", o.kind().code()).put("label", o.label());
            ArrayNode sources = n.putArray("sources");
            for (SourceRef s : o.sources()) {
                sources.addObject().put("section", s.section()).put("paragraph", s.paragraph());
            }
            ArrayNode points = n.putArray("actionPoints");
            o.actionPoints().stream().sorted().forEach(p -> points.add(p.number()));
            ArrayNode themes = n.putArray("themes");
            o.themes().stream().sorted().forEach(t -> themes.add(t.code()));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /**
     * The links as CSV, one row per link (and one per point or theme without a link, with an empty target and
     * the reason as rationale): {@code from,to,strength,label,rationale}.
     *
     * @param crosswalk usually {@link Crosswalk#standard()}
     * @return CSV text with a header row, lines ending with {@code \n}
     */
    public static String toCsv(Crosswalk crosswalk) {
        CsvSchema schema = CsvSchema.builder().addColumn("from").addColumn("to").addColumn("strength")
                .addColumn("label").addColumn("rationale").build().withHeader().withLineSeparator("\n");
        StringWriter out = new StringWriter();
        try (var w = CSV.writer(schema).writeValues(out)) {
            for (CrosswalkLink l : crosswalk.links()) {
                w.write(new String[] {Crosswalk.key(l.from()), l.to().id(), l.strength().code(), l.to().label(), l.rationale()});
            }
            for (Map.Entry<Coded, String> e : crosswalk.noLinks().entrySet()) {
                w.write(new String[] {Crosswalk.key(e.getKey()), "", "", "", e.getValue()});
            }
        }
        return out.toString();
    }
}
