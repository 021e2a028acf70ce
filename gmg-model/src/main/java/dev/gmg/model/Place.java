package dev.gmg.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A place of the {@link Gazetteer}: the world, an M49 region, sub-region or intermediate region, a country or
 * area, or a named area that M49 lacks (the Arab region, the Mekong sub-region ...).
 *
 * <p>Every place is identified by a stable {@link #code()}: ISO 3166-1 alpha-3 for countries ({@code MAR}),
 * the three-digit M49 code for regions ({@code 015} Northern Africa, {@code 001} the world), and a lower-case
 * slug for named areas ({@code arab-region}). Kosovo, which the report names but M49 does not list, has the
 * code {@code XKX} (a user-assigned code in common use, not an ISO assignment) and no M49 code.
 *
 * <p>Containment and overlap are answered through member countries: a place {@link #isWithin(Place) lies
 * within} another when all its countries belong to it, and two places {@link #overlaps(Place) overlap} when
 * they share a country. Morocco is within Northern Africa, Africa, the Arab region and the world; the Arab
 * region overlaps Western Asia but not Europe. Instances come from the gazetteer; equality is by code.
 */
public final class Place implements Comparable<Place> {

    private final String code;
    private final String name;
    private final PlaceKind kind;
    private final String iso2;
    private final String m49;
    private final Set<String> countries;
    private final String note;

    Place(String code, String name, PlaceKind kind, String iso2, String m49, Set<String> countries, String note) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.iso2 = iso2;
        this.m49 = m49;
        this.countries = Set.copyOf(countries);
        this.note = note;
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

    /** {@return the stable code: ISO alpha-3 for a country, the three-digit M49 code for a region, a slug otherwise} */
    public String code() {
        return code;
    }

    /** {@return the name as M49 gives it (for example "Republic of Moldova"), or ours for a named area} */
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

    /** {@return how the place is defined where that is not obvious (named areas, Kosovo)} */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /**
     * True when every country of this place belongs to {@code other} (a place lies within itself).
     *
     * @param other another place
     * @return whether this place lies inside {@code other}
     */
    public boolean isWithin(Place other) {
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

    /** Orders by kind (world first, countries after regions), then by name. */
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
