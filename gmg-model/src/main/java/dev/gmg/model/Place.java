package dev.gmg.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A place of the {@link Gazetteer}: the world, an M49 region, sub-region or intermediate region, a country or
 * area, a named area that M49 lacks (the Arab region, the Mekong sub-region ...), or a city.
 *
 * <p>Every place is identified by a stable {@link #code()}: ISO 3166-1 alpha-3 for countries ({@code MAR}),
 * the three-digit M49 code for regions ({@code 015} Northern Africa, {@code 001} the world), a lower-case
 * slug for named areas ({@code arab-region}), and the five-character UN/LOCODE for cities ({@code CHGVA}
 * Geneva). Kosovo, which the report names but M49 does not list, has the code {@code XKX} (a user-assigned
 * code in common use, not an ISO assignment) and no M49 code.
 *
 * <p>Containment and overlap are answered through member countries: a place {@link #isWithin(Place) lies
 * within} another when all its countries belong to it, and two places {@link #overlaps(Place) overlap} when
 * they share a country. Morocco is within Northern Africa, Africa, the Arab region and the world; the Arab
 * region overlaps Western Asia but not Europe. A city counts as its {@link #country() country}: Geneva lies
 * within Switzerland, Western Europe and Europe, and overlaps whatever Switzerland overlaps; only a city lies
 * within a city. Instances come from the gazetteer; equality is by code.
 */
public final class Place implements Comparable<Place> {

    private final String code;
    private final String name;
    private final PlaceKind kind;
    private final String iso2;
    private final String m49;
    private final Set<String> countries;
    private final String note;
    /** The country of a city; null for every other kind (a country is its own country, see {@link #country()}). */
    private final Place cityOf;

    Place(String code, String name, PlaceKind kind, String iso2, String m49, Set<String> countries, String note) {
        this(code, name, kind, iso2, m49, countries, note, null);
    }

    private Place(String code, String name, PlaceKind kind, String iso2, String m49, Set<String> countries,
            String note, Place cityOf) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.iso2 = iso2;
        this.m49 = m49;
        this.countries = Set.copyOf(countries);
        this.note = note;
        this.cityOf = cityOf;
    }

    /** A city of {@code country}, coded {@code locode} (the five-character UN/LOCODE). */
    static Place city(String locode, String name, Place country, String note) {
        if (!country.isCountry()) {
            throw new IllegalArgumentException("city " + locode + " must belong to a country, not " + country);
        }
        return new Place(locode, name, PlaceKind.CITY, null, null, country.countries, note, country);
    }

    /**
     * The place with this code, name or alias in the {@link Gazetteer#standard() standard gazetteer}.
     *
     * @param codeOrName a code, name or alias
     * @return the place
     * @throws UnknownReferenceException with suggestions when nothing matches
     */
    public static Place of(String codeOrName) {
        return Gazetteer.standard().place(codeOrName);
    }

    /**
     * {@return the stable code: ISO alpha-3 for a country, the three-digit M49 code for a region, the five-character
     * UN/LOCODE for a city ({@code CHGVA}), a slug otherwise}
     */
    public String code() {
        return code;
    }

    /**
     * {@return the name as M49 gives it (for example "Republic of Moldova"), ours for a named area, the English name
     * the report uses for a city ("Geneva", "Turin")}
     */
    public String name() {
        return name;
    }

    /** {@return what level of the gazetteer this place is} */
    public PlaceKind kind() {
        return kind;
    }

    /** {@return true for a country or area} */
    public boolean isCountry() {
        return kind == PlaceKind.COUNTRY;
    }

    /**
     * Whether this place is a city (coded with UN/LOCODE).
     *
     * @return true for a city
     */
    public boolean isCity() {
        return kind == PlaceKind.CITY;
    }

    /**
     * The country a place counts as: a country itself, the country of a city; empty for regions, named areas and
     * the world.
     *
     * @return the country, if the place is a country or a city
     */
    public Optional<Place> country() {
        return isCountry() ? Optional.of(this) : Optional.ofNullable(cityOf);
    }

    /** {@return the ISO 3166-1 alpha-3 code of a country; empty for other places} */
    public Optional<String> iso3() {
        return isCountry() ? Optional.of(code) : Optional.empty();
    }

    /** {@return the ISO 3166-1 alpha-2 code of a country ({@code XK} for Kosovo); empty for other places} */
    public Optional<String> iso2() {
        return Optional.ofNullable(iso2);
    }

    /** {@return the three-digit M49 code; empty for named areas and for Kosovo} */
    public Optional<String> m49() {
        return Optional.ofNullable(m49);
    }

    /** {@return the ISO alpha-3 codes of the countries this place covers; a country covers itself} */
    public Set<String> countries() {
        return countries;
    }

    /**
     * {@return how the place is defined where that is not obvious (named areas, Kosovo), or where a city's code
     * comes from}
     */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /**
     * True when every country of this place belongs to {@code other} (a place lies within itself). A city holds
     * nothing but itself: Switzerland does not lie within Geneva.
     *
     * @param other another place
     * @return whether this place lies inside {@code other}
     */
    public boolean isWithin(Place other) {
        if (other.isCity()) {
            return equals(other);
        }
        return !countries.isEmpty() && other.countries.containsAll(countries);
    }

    /**
     * True when this place and {@code other} share at least one country.
     *
     * @param other another place
     * @return whether they share a country
     */
    public boolean overlaps(Place other) {
        Set<String> small = countries.size() <= other.countries.size() ? countries : other.countries;
        Set<String> large = small == countries ? other.countries : countries;
        for (String c : small) {
            if (large.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** Orders by kind (world first, countries after regions, cities last), then by name. */
    @Override
    public int compareTo(Place o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : name.compareTo(o.name) != 0 ? name.compareTo(o.name) : code.compareTo(o.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Place p && p.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** The name and the code, for example "Morocco (MAR)". */
    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
