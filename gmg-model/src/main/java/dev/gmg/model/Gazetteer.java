package dev.gmg.model;

import dev.gmg.model.internal.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The places the SDK knows: the UN M49 standard (world, regions, sub-regions, intermediate regions, countries
 * and areas with their ISO and M49 codes, shipped as {@code m49_overview.csv}), named areas that M49 lacks
 * (shipped as {@code named-areas.tsv}, each defined by its member countries), Kosovo, and the cities the report
 * names as venues (shipped as {@code cities.tsv}, each with its UN/LOCODE, its country and where its code was
 * checked).
 *
 * <p><b>Cities</b> are coded with UN/LOCODE, the UN's code for trade and transport locations: two letters of
 * ISO 3166-1 alpha-2 for the country and three for the place. The canonical code is the five characters without
 * a space ({@code CHGVA}), the form used in data interchange: it is one token in a shell, a CSV cell or a URL,
 * and cannot be mistaken for any other code of the gazetteer. Look-up also accepts UNECE's display form with a
 * space ({@code "CH GVA"}), any case, the English name ({@code "Geneva"}) and the code list's own name
 * ({@code "Genève"}). A city belongs to one country and counts as that country in containment and overlap (see
 * {@link Place}); cities are listed by {@link #cities()}, not by {@link #places()}.
 *
 * <p>Look-up accepts codes and names and ignores case, accents and punctuation: {@code "MAR"}, {@code "ma"},
 * {@code "504"}, {@code "Morocco"}; {@code "Moldova"} and {@code "Republic of Moldova"}; {@code "015"},
 * {@code "15"} and {@code "Northern Africa"}; {@code "arab-region"} and {@code "Arab States"}.
 *
 * <p><b>Kosovo</b> is named in the report but not listed in M49. It is represented as a country or area with
 * the code {@code XKX} and alpha-2 {@code XK} (user-assigned codes in common use, not ISO assignments), no M49
 * code, and placed by geography within Southern Europe, Europe and the world so that regional queries find it.
 * References to Kosovo are to be understood in the context of Security Council resolution 1244 (1999).
 *
 * <p>The standard gazetteer is loaded once, lazily, on first use, and is safe to share between threads.
 */
public final class Gazetteer {

    static final String KOSOVO = "XKX";

    private final Map<String, Place> byCode;
    /** Places by their exact name, which {@link #find} tries before the name keys. */
    private final Map<String, Place> byName;
    private final List<Place> places;
    private final List<Place> cities;
    private final Map<String, String> aliases;
    /** Look-up keys of codes, names and aliases; built on the first look-up by name (see {@link #keys()}). */
    private volatile Keys keys;

    /** {@code places} and {@code cities} must be in their natural order. */
    private Gazetteer(List<Place> places, List<Place> cities, Map<String, String> aliases) {
        Map<String, Place> codes = new HashMap<>();
        for (Place p : places) {
            codes.put(p.code(), p);
        }
        for (Place c : cities) {
            if (codes.put(c.code(), c) != null) {
                throw new IllegalStateException("city code " + c.code() + " is already a place code");
            }
        }
        for (Map.Entry<String, String> alias : aliases.entrySet()) {
            if (!codes.containsKey(alias.getValue())) {
                throw new IllegalStateException("place alias '" + alias.getKey() + "' names unknown code "
                        + alias.getValue());
            }
        }
        this.byCode = Map.copyOf(codes);
        Map<String, Place> names = new HashMap<>();
        for (Place p : places) {
            names.putIfAbsent(p.name(), p);
        }
        for (Place c : cities) {
            names.putIfAbsent(c.name(), c);
        }
        this.byName = names;
        this.places = List.copyOf(places);
        this.cities = List.copyOf(cities);
        this.aliases = Map.copyOf(aliases);
    }

    private record Keys(Map<String, Place> byKey, List<String> names) {
    }

    /**
     * The name keys. Reading a dataset needs only codes, so the keys wait for the first look-up by name: that
     * keeps them off the command line's start-up path.
     */
    private Keys keys() {
        Keys k = keys;
        if (k == null) {
            synchronized (this) {
                k = keys;
                if (k == null) {
                    k = buildKeys();
                    keys = k;
                }
            }
        }
        return k;
    }

    private Keys buildKeys() {
        Map<String, Place> byKey = new HashMap<>();
        List<String> names = new ArrayList<>();
        // Earlier puts win: codes first, then official names (regions before countries before cities), then aliases.
        List<Place> all = new ArrayList<>(places);
        all.addAll(cities);
        for (Place p : all) {
            byKey.putIfAbsent(Suggestions.key(p.code()), p);
            if (p.iso2().isPresent()) {
                byKey.putIfAbsent(Suggestions.key(p.iso2().get()), p);
            }
            if (p.m49().isPresent()) {
                byKey.putIfAbsent(p.m49().get(), p);
            }
        }
        for (Place p : all) {
            byKey.putIfAbsent(Suggestions.key(p.name()), p);
            names.add(p.name());
            int paren = p.name().indexOf(" (");
            if (paren > 0) {
                byKey.putIfAbsent(Suggestions.key(p.name().substring(0, paren)), p);
            }
        }
        for (Map.Entry<String, String> alias : aliases.entrySet()) {
            byKey.putIfAbsent(Suggestions.key(alias.getKey()), byCode.get(alias.getValue()));
            names.add(alias.getKey());
        }
        return new Keys(Map.copyOf(byKey), List.copyOf(names));
    }

    private static final class Standard {
        static final Gazetteer INSTANCE = load();
    }

    /** {@return the gazetteer shipped with the SDK: M49, the named areas, Kosovo and the report's cities} */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    /**
     * The place with exactly this code ({@code MAR}, {@code 015}, {@code arab-region}, {@code CHGVA}), if any.
     *
     * @param code a place code, matched exactly
     * @return the place, or empty
     */
    public Optional<Place> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Looks a place up by code, ISO alpha-2, M49 code, name or alias, ignoring case, spaces and punctuation; a city
     * also by its UN/LOCODE written with a space ({@code "CH GVA"}).
     *
     * @param codeOrName a code, name or alias
     * @return the place, or empty
     */
    public Optional<Place> find(String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        String t = codeOrName.strip();
        Place exact = byCode.get(t);
        if (exact == null) {
            exact = byName.get(t); // the keys would find the same place (GazetteerTest checks each name)
        }
        if (exact != null) {
            return Optional.of(exact);
        }
        if (!t.isEmpty() && t.length() <= 3 && isDigits(t)) {
            return Optional.ofNullable(keys().byKey().get(m49(t)));
        }
        return Optional.ofNullable(keys().byKey().get(Suggestions.key(t)));
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Like {@link #find(String)} but throws when nothing matches.
     *
     * @param codeOrName a code, name or alias
     * @return the place
     * @throws UnknownReferenceException naming the input and the closest names
     */
    public Place place(String codeOrName) {
        return find(codeOrName).orElseThrow(() -> new UnknownReferenceException("place",
                String.valueOf(codeOrName), suggest(String.valueOf(codeOrName)),
                "expected an ISO 3166 country code, an M49 region code, a UN/LOCODE city code such as 'CHGVA',"
                        + " or a country, region or city name"));
    }

    /**
     * Known codes and names close to {@code text}, best first, for "did you mean" messages.
     *
     * @param text what the user typed
     * @return the closest codes and names, best first; empty when none is close
     */
    public List<String> suggest(String text) {
        List<String> candidates = new ArrayList<>(byCode.keySet());
        candidates.addAll(keys().names());
        return Suggestions.suggest(text, candidates);
    }

    /**
     * Every region, country and named area: regions first (world, regions, sub-regions ...), then countries, then
     * named areas. Cities are not among them: see {@link #cities()}.
     *
     * @return the places
     */
    public List<Place> places() {
        return places;
    }

    /**
     * The cities the report names as venues, each coded with its UN/LOCODE and belonging to its country.
     *
     * @return every city, by name
     */
    public List<Place> cities() {
        return cities;
    }

    /** {@return every country or area, by name} */
    public List<Place> countries() {
        return places.stream().filter(Place::isCountry).toList();
    }

    /**
     * Every other place that {@code place} lies within, broadest first: for Morocco, the world, Africa,
     * Northern Africa, the Arab region and the Mediterranean.
     *
     * @param place a place of this gazetteer
     * @return the places around it, broadest first
     */
    public List<Place> containing(Place place) {
        return places.stream().filter(p -> !p.equals(place) && place.isWithin(p)).toList();
    }

    /**
     * Every place whose countries all lie within {@code region}, the region itself excluded.
     *
     * @param region a region or named area
     * @return the places inside it
     */
    public List<Place> within(Place region) {
        return places.stream().filter(p -> !p.equals(region) && p.isWithin(region)).toList();
    }

    private static Gazetteer load() {
        Map<String, PlaceBuilder> regions = new LinkedHashMap<>();
        List<Place> countries = new ArrayList<>();
        for (String[] row : rows("m49_overview.csv", ',')) {
            if (row[0].equals("Global Code")) {
                continue;
            }
            String iso3 = row[11];
            addRegion(regions, row[0], row[1], PlaceKind.WORLD, iso3);
            addRegion(regions, row[2], row[3], PlaceKind.REGION, iso3);
            addRegion(regions, row[4], row[5], PlaceKind.SUB_REGION, iso3);
            addRegion(regions, row[6], row[7], PlaceKind.INTERMEDIATE_REGION, iso3);
            countries.add(new Place(iso3, row[8], PlaceKind.COUNTRY, row[10], m49(row[9]), Set.of(iso3), null));
        }
        // Kosovo: not in M49; placed by geography (see the class comment).
        for (String code : List.of("001", "150", "039")) {
            regions.get(code).countries.add(KOSOVO);
        }
        countries.add(new Place(KOSOVO, "Kosovo", PlaceKind.COUNTRY, "XK", null, Set.of(KOSOVO),
                "Not listed in M49; XKX and XK are user-assigned codes, not ISO assignments. Placed by geography"
                        + " in Southern Europe. Understood in the context of Security Council resolution 1244"
                        + " (1999)."));
        List<Place> all = new ArrayList<>();
        for (PlaceBuilder b : regions.values()) {
            all.add(b.build());
        }
        all.addAll(countries);
        Map<String, Place> countryByCode = new HashMap<>();
        for (Place c : countries) {
            countryByCode.put(c.code(), c);
        }
        for (String[] row : rows("named-areas.tsv", '\t')) {
            Set<String> members = new LinkedHashSet<>(List.of(row[2].split(" ")));
            for (String m : members) {
                if (!countryByCode.containsKey(m)) {
                    throw new IllegalStateException("named area " + row[0] + " lists unknown country " + m);
                }
            }
            all.add(new Place(row[0], row[1], PlaceKind.NAMED_AREA, null, null, members, row[3]));
        }
        Map<String, String> aliases = new LinkedHashMap<>();
        for (String[] row : rows("place-aliases.tsv", '\t')) {
            aliases.put(row[0], row[1]);
        }
        List<Place> cities = new ArrayList<>();
        for (String[] row : rows("cities.tsv", '\t')) {
            Place country = countryByCode.get(row[2]);
            if (country == null) {
                throw new IllegalStateException("city " + row[0] + " names unknown country " + row[2]);
            }
            checkLocode(row[0], country);
            cities.add(Place.city(row[0], row[1], country, row[4]));
            if (!Suggestions.key(row[3]).equals(Suggestions.key(row[1]))) {
                aliases.put(row[3], row[0]);
            }
        }
        all.sort(null);
        cities.sort(null);
        return new Gazetteer(all, cities, aliases);
    }

    /** A UN/LOCODE is the country's alpha-2 code and three letters or digits 2-9 (UNECE excludes 0 and 1). */
    private static void checkLocode(String code, Place country) {
        boolean valid = code.length() == 5 && country.iso2().isPresent() && code.startsWith(country.iso2().get());
        for (int i = 2; valid && i < 5; i++) {
            char c = code.charAt(i);
            valid = c >= 'A' && c <= 'Z' || c >= '2' && c <= '9';
        }
        if (!valid) {
            throw new IllegalStateException("city code " + code + " is not a UN/LOCODE of " + country);
        }
    }

    private static void addRegion(Map<String, PlaceBuilder> regions, String code, String name, PlaceKind kind,
            String iso3) {
        if (code.isEmpty()) {
            return;
        }
        String m49 = m49(code);
        PlaceBuilder region = regions.get(m49);
        if (region == null) {
            region = new PlaceBuilder(m49, name, kind);
            regions.put(m49, region);
        }
        region.countries.add(iso3);
    }

    /**
     * An M49 code as three digits: "15" is "015". ({@code concat}, not {@code +}: this runs on every start of the
     * command line, where the first use of a {@code +} costs an invokedynamic bootstrap.)
     */
    private static String m49(String code) {
        return code.length() >= 3 ? code : "000".substring(code.length()).concat(code);
    }

    private static final class PlaceBuilder {
        final String code;
        final String name;
        final PlaceKind kind;
        final Set<String> countries = new LinkedHashSet<>();

        PlaceBuilder(String code, String name, PlaceKind kind) {
            this.code = code;
            this.name = name;
            this.kind = kind;
        }

        Place build() {
            return new Place(code, name, kind, null, code, countries, null);
        }
    }

    /**
     * The rows of a table resource, split at {@code separator}, without blank lines and {@code #} comments. Split
     * as bytes, each field then decoded on its own: this runs on every start of the command line, and decoding the
     * whole file first makes a UTF-16 string of it (one name has a curly apostrophe), slow to search and cut.
     * Line ends and separators are ASCII, so they never occur inside a multi-byte UTF-8 character.
     */
    private static List<String[]> rows(String resource, char separator) {
        byte[] b;
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + Gazetteer.class);
            }
            b = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        List<String[]> rows = new ArrayList<>();
        boolean bom = b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
        int start = bom ? 3 : 0;
        while (start < b.length) {
            int end = start;
            boolean quoted = false;
            while (end < b.length && b[end] != '\n') {
                quoted |= b[end] == '"';
                end++;
            }
            int stop = end > start && b[end - 1] == '\r' ? end - 1 : end;
            if (stop > start && b[start] != '#' && !isBlank(b, start, stop)) {
                rows.add(separator == ',' && quoted
                        ? splitCsv(new String(b, start, stop - start, StandardCharsets.UTF_8))
                        : split(b, start, stop, (byte) separator));
            }
            start = end + 1;
        }
        return rows;
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Every field between separators, the empty ones included. */
    private static String[] split(byte[] b, int from, int to, byte separator) {
        int fields = 1;
        for (int i = from; i < to; i++) {
            if (b[i] == separator) {
                fields++;
            }
        }
        String[] out = new String[fields];
        int f = 0;
        int fieldStart = from;
        for (int i = from; i < to; i++) {
            if (b[i] == separator) {
                out[f++] = new String(b, fieldStart, i - fieldStart, StandardCharsets.UTF_8);
                fieldStart = i + 1;
            }
        }
        out[f] = new String(b, fieldStart, to - fieldStart, StandardCharsets.UTF_8);
        return out;
    }

    /** Splits one line of the M49 CSV, whose quoted fields hold commas ("Bonaire, Sint Eustatius and Saba"). */
    private static String[] splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
