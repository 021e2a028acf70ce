package dev.gmg.io;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.Participant;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.SourceRef;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * Binds one activity straight from the parser's tokens (or from {@link PlainTokens}, for an NDJSON line), with no
 * tree and no locations: the quick way through a valid activity. It accepts only what the located path
 * ({@link TreeReader} and {@link Binder}, then {@link Rules}) accepts, and builds the same activity; at the first
 * doubt of any kind (an unknown or repeated field, a wrong type, an unknown code or agency, a broken rule, text
 * with anything but plain characters) it skips to the end of the activity and answers null, and the caller reads
 * the same bytes again on the located path, which reports every problem with its place.
 * {@code DirectBinderTest} checks that both paths agree on every file of the bad-input catalogue and the fuzzing
 * corpus.
 */
final class DirectBinder {

    /** How the binder gets its tokens when they must be counted against the per-item limit by the caller. */
    interface Tokens {
        /** {@return the parser's next token} */
        JsonToken next();

        /**
         * {@return whether the parser's next token, counted, is the property name {@code name}} As
         * {@link JsonParser#nextName(SerializableString)} answers.
         */
        boolean nextName(SerializableString name);
    }

    /**
     * The parser's input, where the bytes of a string can be read straight: most strings are plain (see
     * {@link PlainBytes}), and their text is then made from the bytes without the parser's decoding into
     * characters.
     */
    interface RawInput {
        /** {@return the array that holds the input's bytes at hand} */
        byte[] bytes();

        /** {@return the index in {@link #bytes()} of the parser's input offset 0, which may lie before it} */
        long origin();

        /** {@return the end (exclusive) of the bytes at hand in {@link #bytes()}} */
        int end();
    }

    /** A reference to another activity met in a bound activity, with its place (for the end-of-document check). */
    record Ref(String field, int item, int line, int column, String id) {
    }

    /** Thrown on the first doubt; stackless, one instance. */
    static final class Doubt extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Doubt INSTANCE = new Doubt();

        private Doubt() {
            super(null, null, false, false);
        }
    }

    private static final int ID = 1;
    private static final int TITLE = 1 << 1;
    private static final int SUMMARY = 1 << 2;
    private static final int ACTION_POINTS = 1 << 3;
    private static final int PARTICIPANTS = 1 << 4;
    private static final int PLACES = 1 << 5;
    private static final int PERIOD = 1 << 6;
    private static final int STATUS = 1 << 7;
    private static final int KIND = 1 << 8;
    private static final int THEMES = 1 << 9;
    private static final int SOURCES = 1 << 10;
    private static final int PART_OF = 1 << 11;
    private static final int RELATED = 1 << 12;
    private static final int REQUIRED = ID | TITLE | SUMMARY | ACTION_POINTS | PARTICIPANTS | STATUS | KIND;
    /** The fields of an activity, the one at index i for the bit {@code 1 << i} above. */
    private static final Names FIELDS = new Names("id", "title", "summary", "actionPoints", "participants",
            "places", "period", "status", "kind", "themes", "sources", "partOf", "related");
    private static final Names PARTICIPANT_FIELDS = new Names("agency", "role");
    private static final Names PLACE_FIELDS = new Names("place", "role");
    private static final Names SOURCE_FIELDS = new Names("section", "subheading", "paragraph");

    /**
     * The property names of one kind of object, each in the forms the three ways of reading a name need: Jackson's
     * matcher of a name's bytes, the quoted name a counted parser compares (see {@link #nextName}), and the names
     * as {@link PlainTokens} compares them.
     */
    private static final class Names {
        final PropertyNameMatcher matcher;
        final SerializableString[] quoted;
        final PlainTokens.Names plain;

        Names(String... names) {
            matcher = BinaryNameMatcher.construct(List.of(names));
            quoted = new SerializableString[names.length];
            for (int i = 0; i < names.length; i++) {
                quoted[i] = new SerializedString(names[i]);
            }
            plain = new PlainTokens.Names(names);
        }
    }

    private static final CharsLookup<Status> STATUSES = CharsLookup.ofCodes(Status.class);
    private static final CharsLookup<ActivityKind> KINDS = CharsLookup.ofCodes(ActivityKind.class);
    private static final CharsLookup<Role> ROLES = CharsLookup.ofCodes(Role.class);
    private static final CharsLookup<PlaceRole> PLACE_ROLES = CharsLookup.ofCodes(PlaceRole.class);
    private static final CharsLookup<Theme> THEMES_BY_CODE = CharsLookup.ofCodes(Theme.class);

    /** The standard gazetteer's places and cities by code, as {@link Gazetteer#byCode} finds them. */
    private static final class Places {
        static final CharsLookup<Place> BY_CODE;

        static {
            java.util.Map<String, Place> codes = new java.util.HashMap<>();
            Gazetteer.standard().places().forEach(place -> codes.put(place.code(), place));
            Gazetteer.standard().cities().forEach(city -> codes.put(city.code(), city));
            BY_CODE = new CharsLookup<>(codes);
        }
    }

    /** The parser, or null when the tokens come from {@link #plain}. */
    private final JsonParser p;
    /** The parser's string limit: text longer than that must be refused by the parser, as it is on the tree. */
    private final int maxStringLength;
    /** Null when the parser's own tokens need no count (the input is too short to break the limit). */
    private final Tokens tokens;
    /**
     * The agencies a participant may name, each found as the one id string the dataset keeps; null when any
     * agency may be named (nothing is checked against the agencies).
     */
    CharsLookup<String> agencies;
    private final boolean keepReferences;
    private final boolean skipOnDoubt;
    /** Where the tokens come from when not from {@link #p}: null when they come from the parser. */
    private final PlainTokens plain;
    /** Where the parser's bytes are at hand, or null when the parser reads every string. */
    private final RawInput raw;
    /** Where in {@code raw.bytes()} the text found by {@link #rawLength()} starts. */
    private int rawStart;
    /** The {@code partOf} and {@code related} references of the last activity bound, when they are kept. */
    final List<Ref> references = new ArrayList<>();

    /**
     * @param tokens the parser's tokens, counted by the caller; null to read them from the parser uncounted
     * @param agencies the agencies a participant may name (any other is a doubt: the located path reports it), or
     *     null when any may be named
     * @param keepReferences whether to keep the place of each {@code partOf} and {@code related} id
     * @param skipOnDoubt whether to read on to the end of an activity given up (else the parser is left where the
     *     doubt arose)
     * @param raw the parser's input bytes, or null to have the parser read every string
     */
    DirectBinder(JsonParser parser, Tokens tokens, CharsLookup<String> agencies, boolean keepReferences,
            boolean skipOnDoubt, RawInput raw) {
        this.p = parser;
        this.raw = parser instanceof tools.jackson.core.json.UTF8StreamJsonParser ? raw : null;
        this.maxStringLength = parser.streamReadConstraints().getMaxStringLength();
        this.tokens = tokens;
        this.agencies = agencies;
        this.keepReferences = keepReferences;
        this.skipOnDoubt = skipOnDoubt;
        this.plain = null;
    }

    /**
     * A binder that reads its tokens from {@code plain} instead of a parser: the caller {@link PlainTokens#reset
     * resets} it on each activity's bytes, and on a doubt reads them again with a parser.
     *
     * @param agencies as for the parser's binder
     * @param keepReferences as for the parser's binder
     */
    DirectBinder(PlainTokens plain, CharsLookup<String> agencies, boolean keepReferences) {
        this.plain = plain;
        this.p = null;
        this.raw = null;
        this.maxStringLength = 0;
        this.tokens = null;
        this.agencies = agencies;
        this.keepReferences = keepReferences;
        this.skipOnDoubt = false;
    }

    /**
     * Binds the activity whose {@code START_OBJECT} is the current token (from {@link PlainTokens}: the next
     * token). On success the parser is on the activity's {@code END_OBJECT}; on a doubt too, when
     * {@code skipOnDoubt} was asked for.
     *
     * @return the activity, or null when the located path must read it again
     */
    Activity activity() {
        int depth = p == null ? 0 : p.streamReadContext().getNestingDepth();
        references.clear();
        try {
            if (plain != null && plain.next() != JsonToken.START_OBJECT) {
                throw Doubt.INSTANCE;
            }
            return bind();
        } catch (Doubt doubt) {
            if (skipOnDoubt) {
                skipToEnd(depth);
            }
            return null;
        }
    }

    /**
     * Reads on to the activity's own {@code END_OBJECT}, a token at a time (each one counted), reading the text of
     * each value the located path would build and leaving unread what it would skip: the parser then finds any
     * broken text where, and as, the located path finds it.
     */
    private void skipToEnd(int depth) {
        JsonToken t = p.currentToken();
        readAsTheTreeWould(t, depth);
        while (!(t == JsonToken.END_OBJECT && p.streamReadContext().getNestingDepth() == depth - 1)) {
            t = next();
            if (t == null) {
                return;
            }
            readAsTheTreeWould(t, depth);
        }
    }

    /** Reads the text of a scalar unless it lies under a field that {@link Reading#ACTIVITY} does not know. */
    private void readAsTheTreeWould(JsonToken t, int depth) {
        if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            return;
        }
        java.util.ArrayDeque<TokenStreamContext> chain = new java.util.ArrayDeque<>();
        for (TokenStreamContext c = p.streamReadContext(); c != null && c.getNestingDepth() >= depth;
                c = c.getParent()) {
            chain.push(c);
        }
        TreeReader.Shape shape = Reading.ACTIVITY;
        for (TokenStreamContext c : chain) {
            if (c.inObject() && shape.fields != null) {
                shape = shape.fields.get(c.currentName());
                if (shape == null) {
                    return; // the value of an unknown field: skipped unread
                }
            }
        }
        p.getString();
    }

    private JsonToken next() {
        return plain != null ? plain.next() : tokens == null ? p.nextToken() : tokens.next();
    }

    /**
     * Reads the next property's name and answers its index in {@code names}. Uncounted, the parser matches the
     * name's bytes without making or looking up a string. Counted, it compares them with the name at {@code guess}
     * in {@code quoted} (the writer's order makes it the next one), and reads any other name as a token: so a
     * broken name fails where it fails on the located path, which {@code nextNameMatch} does not. At the end of
     * the object {@link PropertyNameMatcher#MATCH_END_OBJECT}; another negative number for a name not in
     * {@code names} (or any other token).
     */
    private int nextName(Names names, int guess) {
        if (plain != null) {
            return plainName(names, guess);
        }
        if (tokens == null) {
            return p.nextNameMatch(names.matcher);
        }
        if (guess < names.quoted.length) {
            if (tokens.nextName(names.quoted[guess])) {
                return guess;
            }
        } else {
            tokens.next();
        }
        JsonToken t = p.currentToken();
        return t == JsonToken.PROPERTY_NAME ? names.matcher.matchName(p.currentName())
                : t == JsonToken.END_OBJECT ? PropertyNameMatcher.MATCH_END_OBJECT
                : PropertyNameMatcher.MATCH_ODD_TOKEN;
    }

    /**
     * {@link #nextName} from {@link PlainTokens}: the names from {@code guess} on, each with its colon, are
     * compared first, since the writer's order puts one of them next.
     */
    private int plainName(Names names, int guess) {
        int found = plain.nextNameAmong(names.plain, guess);
        if (found >= 0) {
            return found;
        }
        JsonToken t = plain.next();
        if (t != JsonToken.PROPERTY_NAME) {
            return t == JsonToken.END_OBJECT ? PropertyNameMatcher.MATCH_END_OBJECT
                    : PropertyNameMatcher.MATCH_ODD_TOKEN;
        }
        int index = plain.nameIndex(names.plain);
        return index >= 0 ? index : PropertyNameMatcher.MATCH_UNKNOWN_NAME;
    }

    private Activity bind() {
        var b = Activity.builder();
        int seen = 0;
        String id = null;
        String partOf = null;
        List<String> related = List.of();
        int index = -1;
        while ((index = nextName(FIELDS, index + 1)) >= 0) {
            int field = 1 << index;
            if ((seen & field) != 0) {
                throw Doubt.INSTANCE;
            }
            seen |= field;
            JsonToken v = next();
            switch (field) {
                case ID -> {
                    id = text(v);
                    // hashed while its characters are at hand: a document's dataset then checks its ids for
                    // repeats from the hash each string keeps, instead of from memory long gone cold
                    id.hashCode();
                    b.id(id);
                }
                case TITLE -> b.title(text(v));
                case SUMMARY -> b.summary(text(v));
                case ACTION_POINTS -> actionPoints(v, b);
                case PARTICIPANTS -> participants(v, b);
                case PLACES -> places(v, b);
                case PERIOD -> b.period(period(v));
                case STATUS -> b.status(lookUp(v, STATUSES));
                case KIND -> b.kind(lookUp(v, KINDS));
                case THEMES -> themes(v, b);
                case SOURCES -> sources(v, b);
                case PART_OF -> {
                    partOf = text(v);
                    reference("partOf", -1, partOf);
                    b.partOf(partOf);
                }
                case RELATED -> {
                    related = related(v);
                    b.addAllRelated(related);
                }
                default -> throw Doubt.INSTANCE;
            }
        }
        if (index != PropertyNameMatcher.MATCH_END_OBJECT || (seen & REQUIRED) != REQUIRED || id == null
                || id.equals(partOf) || related.contains(id)) {
            throw Doubt.INSTANCE;
        }
        Activity activity;
        try {
            activity = b.build();
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw Doubt.INSTANCE;
        }
        if (!Rules.activity(activity, null, "", null)) {
            throw Doubt.INSTANCE;
        }
        return activity;
    }

    /** A string of plain characters, not blank. */
    private String text(JsonToken t) {
        if (t != JsonToken.VALUE_STRING) {
            throw Doubt.INSTANCE;
        }
        if (plain != null) {
            if (plain.isNarrow()) {
                if (plain.isSpaces()) {
                    throw Doubt.INSTANCE;
                }
                return plain.text();
            }
            String s = plain.text();
            if (s.isBlank() || !Text.isPlain(s)) {
                throw Doubt.INSTANCE;
            }
            return s;
        }
        int length = rawLength();
        String s = length >= 0 ? new String(raw.bytes(), rawStart, length, StandardCharsets.ISO_8859_1)
                : p.getString();
        if (s.isBlank() || (length < 0 && !Text.isPlain(s))) {
            throw Doubt.INSTANCE;
        }
        return s;
    }

    /**
     * The length of the current string token's text, found in the input's bytes from {@link #rawStart} when they
     * are at hand up to its closing quote and hold only the characters 0x20 to 0x7E; else -1, and the parser must
     * read it. The parser has read no more than the opening quote: it skips the rest when asked for the next
     * token, checking it as it does any string. Text longer than the parser's limit is left to the parser, which
     * refuses it.
     */
    private int rawLength() {
        if (raw == null) {
            return -1;
        }
        long from = raw.origin() + ((ParserBase) p).getTokenCharacterOffset();
        int end = raw.end();
        if (from < 0 || from > end) {
            return -1;
        }
        int start = (int) from;
        int close = PlainBytes.plainStringEnd(raw.bytes(), start, (int) Math.min(end, from + maxStringLength + 1L));
        if (close < 0) {
            return -1;
        }
        rawStart = start;
        return close - start;
    }

    private void actionPoints(JsonToken t, Activity.Builder b) {
        expect(t, JsonToken.START_ARRAY);
        int seen = 0;
        JsonToken item;
        while ((item = next()) != JsonToken.END_ARRAY) {
            int n = intValue(item);
            if (n < 1 || n > 8 || (seen & (1 << n)) != 0) {
                throw Doubt.INSTANCE;
            }
            seen |= 1 << n;
            b.addActionPoints(ActionPoint.of(n));
        }
        if (seen == 0) {
            throw Doubt.INSTANCE;
        }
    }

    private void participants(JsonToken t, Activity.Builder b) {
        expect(t, JsonToken.START_ARRAY);
        JsonToken item;
        while ((item = next()) != JsonToken.END_ARRAY) {
            expect(item, JsonToken.START_OBJECT);
            String agency = null;
            Role role = null;
            int f = -1;
            while ((f = nextName(PARTICIPANT_FIELDS, f + 1)) >= 0) {
                JsonToken v = next();
                if (f == 0 && agency == null) {
                    agency = agencies == null ? text(v) : lookUp(v, agencies);
                } else if (f == 1 && role == null) {
                    role = lookUp(v, ROLES);
                } else {
                    throw Doubt.INSTANCE;
                }
            }
            if (f != PropertyNameMatcher.MATCH_END_OBJECT || agency == null || role == null) {
                throw Doubt.INSTANCE;
            }
            b.addParticipants(Participant.of(agency, role)); // none, or one twice: the model's own check refuses
        }
    }

    private void places(JsonToken t, Activity.Builder b) {
        expect(t, JsonToken.START_ARRAY);
        JsonToken item;
        while ((item = next()) != JsonToken.END_ARRAY) {
            expect(item, JsonToken.START_OBJECT);
            Place place = null;
            PlaceRole role = null;
            int f = -1;
            while ((f = nextName(PLACE_FIELDS, f + 1)) >= 0) {
                JsonToken v = next();
                if (f == 0 && place == null) {
                    place = lookUp(v, Places.BY_CODE);
                } else if (f == 1 && role == null) {
                    role = lookUp(v, PLACE_ROLES);
                } else {
                    throw Doubt.INSTANCE;
                }
            }
            if (f != PropertyNameMatcher.MATCH_END_OBJECT || place == null || role == null) {
                throw Doubt.INSTANCE;
            }
            b.addPlaces(ActivityPlace.of(place, role)); // one twice: the model's own check refuses
        }
    }

    /**
     * The agency ids a participant may name on the quick path: those of {@code ids} that {@link #text} would
     * accept, so that a look-up finds only what reading the string would.
     */
    static CharsLookup<String> agencies(java.util.Collection<String> ids) {
        java.util.Map<String, String> plain = new java.util.HashMap<>();
        for (String id : ids) {
            if (!id.isBlank() && Text.isPlain(id)) {
                plain.put(id, id);
            }
        }
        return new CharsLookup<>(plain);
    }

    private EdtfPeriod period(JsonToken t) {
        try {
            return EdtfPeriod.parse(text(t));
        } catch (DateTimeParseException e) {
            throw Doubt.INSTANCE;
        }
    }

    private void themes(JsonToken t, Activity.Builder b) {
        expect(t, JsonToken.START_ARRAY);
        long seen = 0; // a bit per theme: 27 themes; past 64 two would share a bit, a false doubt at worst
        JsonToken item;
        while ((item = next()) != JsonToken.END_ARRAY) {
            Theme theme = lookUp(item, THEMES_BY_CODE);
            long bit = 1L << theme.ordinal();
            if ((seen & bit) != 0) {
                throw Doubt.INSTANCE;
            }
            seen |= bit;
            b.addThemes(theme);
        }
    }

    private void sources(JsonToken t, Activity.Builder b) {
        expect(t, JsonToken.START_ARRAY);
        JsonToken item;
        while ((item = next()) != JsonToken.END_ARRAY) {
            expect(item, JsonToken.START_OBJECT);
            var source = SourceRef.builder();
            int seen = 0;
            int f = -1;
            while ((f = nextName(SOURCE_FIELDS, f + 1)) >= 0) {
                JsonToken v = next();
                int bit = 1 << f;
                if ((seen & bit) != 0) {
                    throw Doubt.INSTANCE;
                }
                seen |= bit;
                if (bit == 1) {
                    source.section(text(v));
                } else if (bit == 2) {
                    source.subheading(text(v));
                } else {
                    source.paragraph(intValue(v));
                }
            }
            if (f != PropertyNameMatcher.MATCH_END_OBJECT || (seen & 5) != 5) {
                throw Doubt.INSTANCE;
            }
            try {
                b.addSources(source.build());
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw Doubt.INSTANCE;
            }
        }
    }

    private List<String> related(JsonToken t) {
        expect(t, JsonToken.START_ARRAY);
        List<String> ids = new ArrayList<>(2);
        JsonToken item;
        while ((item = next()) != JsonToken.END_ARRAY) {
            String id = text(item);
            reference("related", ids.size(), id);
            if (ids.contains(id)) {
                throw Doubt.INSTANCE;
            }
            ids.add(id);
        }
        return ids;
    }

    /** The value of the current token, a number that fits an {@code int}; else a doubt. */
    private int intValue(JsonToken t) {
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw Doubt.INSTANCE;
        }
        if (plain != null) {
            return plain.intValue();
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw Doubt.INSTANCE;
        }
        return p.getIntValue();
    }

    /** Keeps the place of the reference {@code id}, the current token. */
    private void reference(String field, int item, String id) {
        if (keepReferences && plain != null) {
            references.add(new Ref(field, item, 1, plain.column(), id));
        } else if (keepReferences) {
            TokenStreamLocation at = p.currentTokenLocation();
            references.add(new Ref(field, item, at.getLineNr(), at.getColumnNr(), id));
        }
    }

    /** The value of the current string token in {@code table}; a doubt when it has none. */
    private <V> V lookUp(JsonToken t, CharsLookup<V> table) {
        if (t != JsonToken.VALUE_STRING) {
            throw Doubt.INSTANCE;
        }
        if (plain != null) {
            V value;
            if (plain.isNarrow()) {
                value = table.get(plain.bytes(), plain.textStart(), plain.textLength());
            } else {
                char[] chars = plain.text().toCharArray();
                value = table.get(chars, 0, chars.length);
            }
            if (value == null) {
                throw Doubt.INSTANCE;
            }
            return value;
        }
        int rawLength = rawLength();
        if (rawLength >= 0) {
            V value = table.get(raw.bytes(), rawStart, rawLength);
            if (value == null) {
                throw Doubt.INSTANCE;
            }
            return value;
        }
        char[] chars = p.getStringCharacters();
        int length = p.getStringLength();
        if (length > table.maxLength || length > maxStringLength) {
            p.getString(); // only a string made checks the parser's length limit
            throw Doubt.INSTANCE;
        }
        V value = table.get(chars, p.getStringOffset(), length);
        if (value == null) {
            throw Doubt.INSTANCE;
        }
        return value;
    }

    private static void expect(JsonToken t, JsonToken expected) {
        if (t != expected) {
            throw Doubt.INSTANCE;
        }
    }
}
