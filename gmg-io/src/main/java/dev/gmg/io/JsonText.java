package dev.gmg.io;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON trees as text, for the documents gmg-io builds as trees (the data package descriptor, a dataset diff): in
 * the layout of the dataset files (two-space indent, one item per line, {@code "key": value}, {@code \n} line ends
 * and a final newline), or compact on one line.
 */
final class JsonText {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("")
            .withArrayEmptySeparator("")).withObjectIndenter(INDENT).withArrayIndenter(INDENT);

    private JsonText() {
    }

    /** The tree indented, with a final newline. */
    static String pretty(JsonNode node) {
        return MAPPER.writer().with(PRETTY).writeValueAsString(node) + "\n";
    }

    /** The tree on one line, without spaces. */
    static String compact(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /** Parses JSON text the SDK itself wrote. */
    static JsonNode parse(String json) {
        return MAPPER.readTree(json);
    }
}
