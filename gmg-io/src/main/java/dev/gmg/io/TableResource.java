package dev.gmg.io;

import dev.gmg.model.Coded;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * One table of a {@link DataPackage}: its Frictionless Table Schema (fields, primary key, foreign keys) and its
 * rows, written as one CSV file. Built column by column, then row by row; a row must have one value per field,
 * {@code null} for a missing value (written as an empty cell, the Table Schema's default missing value).
 */
final class TableResource {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** A column: its name, Table Schema type, description and constraints. */
    record Field(String name, String type, String description, boolean required, boolean unique,
            List<String> allowed) {
    }

    /** A foreign key: {@code fields} of this table refer to {@code referencedFields} of {@code resource}. */
    record ForeignKey(List<String> fields, String resource, List<String> referencedFields) {
    }

    private final String name;
    private final String description;
    private final List<Field> fields = new ArrayList<>();
    private final List<String> primaryKey = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();

    TableResource(String name, String description) {
        this.name = name;
        this.description = description;
    }

    String name() {
        return name;
    }

    String fileName() {
        return name + ".csv";
    }

    /** Adds a column that must have a value. */
    TableResource required(String field, String type, String fieldDescription) {
        fields.add(new Field(field, type, fieldDescription, true, false, List.of()));
        return this;
    }

    /** Adds a column that may be empty. */
    TableResource optional(String field, String type, String fieldDescription) {
        fields.add(new Field(field, type, fieldDescription, false, false, List.of()));
        return this;
    }

    /** Adds a required string column whose values are the codes of {@code vocabulary}. */
    TableResource coded(String field, Class<? extends Coded> vocabulary, String fieldDescription) {
        List<String> codes = Arrays.stream(vocabulary.getEnumConstants()).map(Coded::code).toList();
        fields.add(new Field(field, "string", fieldDescription, true, false, codes));
        return this;
    }

    /** Makes {@code columns} the primary key; a single column is also declared unique. */
    TableResource primaryKey(String... columns) {
        primaryKey.addAll(List.of(columns));
        if (columns.length == 1) {
            int i = indexOf(columns[0]);
            Field f = fields.get(i);
            fields.set(i, new Field(f.name(), f.type(), f.description(), true, true, f.allowed()));
        }
        return this;
    }

    /** Declares that {@code column} refers to {@code referencedField} of {@code resource} ("" for this table). */
    TableResource foreignKey(String column, String resource, String referencedField) {
        indexOf(column);
        foreignKeys.add(new ForeignKey(List.of(column), resource, List.of(referencedField)));
        return this;
    }

    /** Adds a row, one value per field in field order; {@code null} for a missing value. */
    void add(Object... values) {
        if (values.length != fields.size()) {
            throw new IllegalArgumentException(name + ": a row needs " + fields.size() + " values, got "
                    + values.length);
        }
        String[] row = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null && fields.get(i).required()) {
                throw new IllegalArgumentException(name + "." + fields.get(i).name() + " must have a value");
            }
            row[i] = v == null ? "" : v.toString();
        }
        rows.add(row);
    }

    private int indexOf(String column) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name + " has no field " + column);
    }

    /** Writes the header and every row as UTF-8 CSV with {@code \n} line ends; the stream is not closed. */
    void writeCsv(OutputStream out) throws IOException {
        CsvSchema.Builder b = CsvSchema.builder();
        fields.forEach(f -> b.addColumn(f.name()));
        CsvSchema schema = b.build().withHeader().withLineSeparator("\n");
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (SequenceWriter seq = CSV.writer(schema).writeValues(w)) {
            for (String[] row : rows) {
                seq.write(row);
            }
        }
        w.flush();
    }

    /** The resource's descriptor: name, path, format, dialect and Table Schema. */
    ObjectNode descriptor() {
        ObjectNode r = JSON.objectNode();
        r.put("name", name);
        r.put("path", fileName());
        r.put("profile", "tabular-data-resource");
        r.put("description", description);
        r.put("format", "csv");
        r.put("mediatype", "text/csv");
        r.put("encoding", "utf-8");
        ObjectNode dialect = r.putObject("dialect");
        dialect.put("delimiter", ",");
        dialect.put("lineTerminator", "\n");
        dialect.put("quoteChar", "\"");
        dialect.put("doubleQuote", true);
        dialect.put("header", true);
        ObjectNode schema = r.putObject("schema");
        ArrayNode fs = schema.putArray("fields");
        for (Field f : fields) {
            ObjectNode field = fs.addObject();
            field.put("name", f.name());
            field.put("type", f.type());
            if (f.type().equals("boolean")) {
                field.putArray("trueValues").add("true");
                field.putArray("falseValues").add("false");
            }
            field.put("description", f.description());
            if (f.required() || f.unique() || !f.allowed().isEmpty()) {
                ObjectNode c = field.putObject("constraints");
                if (f.required()) {
                    c.put("required", true);
                }
                if (f.unique()) {
                    c.put("unique", true);
                }
                if (!f.allowed().isEmpty()) {
                    ArrayNode allowed = c.putArray("enum");
                    f.allowed().forEach(allowed::add);
                }
            }
        }
        schema.putArray("missingValues").add("");
        if (!primaryKey.isEmpty()) {
            ArrayNode pk = schema.putArray("primaryKey");
            primaryKey.forEach(pk::add);
        }
        if (!foreignKeys.isEmpty()) {
            ArrayNode fks = schema.putArray("foreignKeys");
            for (ForeignKey k : foreignKeys) {
                ObjectNode fk = fks.addObject();
                ArrayNode own = fk.putArray("fields");
                k.fields().forEach(own::add);
                ObjectNode ref = fk.putObject("reference");
                ref.put("resource", k.resource());
                ArrayNode theirs = ref.putArray("fields");
                k.referencedFields().forEach(theirs::add);
            }
        }
        return r;
    }

    @Override
    public String toString() {
        return name + " (" + fields.size() + " fields, " + rows.size() + " rows)";
    }
}
