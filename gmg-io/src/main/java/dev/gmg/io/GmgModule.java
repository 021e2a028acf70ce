package dev.gmg.io;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Agency;
import dev.gmg.model.AgencyKind;
import dev.gmg.model.Coded;
import dev.gmg.model.Dataset;
import dev.gmg.model.DatasetMetadata;
import dev.gmg.model.MigrantStock;
import dev.gmg.model.Participant;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceKind;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.SourceRef;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that binds the model's types in the GMG file format, for applications that embed GMG values
 * in their own JSON (a web service, a message). It is found by {@link java.util.ServiceLoader}, so
 * {@code JsonMapper.builder().findAndAddModules().build()} picks it up; or add it by hand:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new GmgModule()).build();
 * String json = mapper.writeValueAsString(activity);
 * Activity back = mapper.readValue(json, Activity.class);
 * }</pre>
 *
 * <p>Values are written and read exactly as by {@link GmgJson} (codes, EDTF periods, place codes, no nulls) and
 * validated with Bean Validation when read. A value that is not valid ends the reading with a Jackson
 * {@link DatabindException} whose message lists every problem and whose cause is a {@link GmgFormatException}.
 * Binding needs no annotations on the model and no polymorphic type information.
 */
public final class GmgModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** A module with serializers and deserializers for every model type. */
    public GmgModule() {
        super("gmg", Version.unknownVersion());
        object(Dataset.class, Unbinder::dataset, null);
        object(DatasetMetadata.class, Unbinder::metadata, (n, b) -> validated(b.metadata(n, ""), n, b));
        object(Agency.class, Unbinder::agency, (n, b) -> validated(b.agency(n, ""), n, b));
        object(Activity.class, Unbinder::activity, (n, b) -> validated(b.activity(n, ""), n, b));
        object(Participant.class, Unbinder::participant, (n, b) -> validated(b.participant(n, ""), n, b));
        object(ActivityPlace.class, Unbinder::place, (n, b) -> b.place(n, ""));
        object(SourceRef.class, Unbinder::source, (n, b) -> validated(b.source(n, ""), n, b));
        object(MigrantStock.class, Unbinder::migrantStock, (n, b) -> validated(b.migrantStock(n, ""), n, b));
        object(EdtfPeriod.class, p -> Node.string(p.toString()), (n, b) -> b.period(n, ""));
        object(Place.class, p -> Node.string(p.code()), (n, b) -> n.kind == Node.Kind.STRING
                ? b.place(n, "", n.text) : typeProblem(n, b, "a place code"));
        object(ActionPoint.class, Unbinder::actionPoint, (n, b) -> b.actionPoint(n, ""));
        coded(Role.class);
        coded(PlaceRole.class);
        coded(Status.class);
        coded(ActivityKind.class);
        coded(Theme.class);
        coded(AgencyKind.class);
        coded(PlaceKind.class);
    }

    private <E extends Enum<E> & Coded> void coded(Class<E> type) {
        String what = type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        object(type, c -> Node.string(c.code()), (n, b) -> b.code(n, "", type, what));
    }

    private static <T> T validated(T value, Node node, Binder binder) {
        if (value != null) {
            for (BeanValidation.Violation v : BeanValidation.validate(value)) {
                binder.problems.at(node.at(v.path()), v.path(), v.message(), v.message(),
                        BeanValidation.describe(v.invalidValue()).orElse(null), java.util.List.of());
            }
        }
        return value;
    }

    private static <T> T typeProblem(Node n, Binder b, String expected) {
        b.problems.type(n, "", expected);
        return null;
    }

    private <T> void object(Class<T> type, Function<T, Node> write, BiFunction<Node, Binder, T> read) {
        addSerializer(type, new ValueSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
                writeNode(write.apply(value), gen);
            }
        });
        addDeserializer(type, new ValueDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) {
                Problems problems = new Problems();
                T value;
                if (read == null) {
                    value = type.cast(Reading.datasetAtCurrentToken(p, problems));
                } else {
                    Node node;
                    try {
                        node = new TreeReader(p, problems, ReadOptions.defaults(), null)
                                .value(p.currentToken(), TreeReader.Shape.ANY);
                    } catch (TreeReader.Stop stop) {
                        node = null;
                    }
                    value = node == null ? null : read.apply(node, new Binder(problems));
                }
                if (!problems.isEmpty() || value == null) {
                    GmgFormatException e = problems.isEmpty() ? new GmgFormatException(null, java.util.List.of(
                            new GmgFormatException.Problem("", 0, 0, "not a valid " + type.getSimpleName(), null,
                                    null, java.util.List.of()))) : problems.exception(null);
                    throw DatabindException.from(p, e.getMessage(), e);
                }
                return value;
            }
        });
    }

    private static void writeNode(Node n, JsonGenerator gen) {
        switch (n.kind) {
            case OBJECT:
                gen.writeStartObject();
                for (Map.Entry<String, Node> e : n.fields.entrySet()) {
                    gen.writeName(e.getKey());
                    writeNode(e.getValue(), gen);
                }
                gen.writeEndObject();
                return;
            case ARRAY:
                gen.writeStartArray();
                for (Node item : n.items) {
                    writeNode(item, gen);
                }
                gen.writeEndArray();
                return;
            case STRING:
                gen.writeString(n.text);
                return;
            case INTEGER:
                gen.writeNumber(Long.parseLong(n.text));
                return;
            case BOOLEAN:
                gen.writeBoolean(Boolean.parseBoolean(n.text));
                return;
            default:
                throw new IllegalStateException("the writer makes no " + n.kind);
        }
    }
}
