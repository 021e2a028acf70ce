package dev.gmg.query;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.Crosswalk;
import dev.gmg.model.LinkStrength;
import dev.gmg.model.AgencyKind;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import dev.gmg.model.UnknownReferenceException;
import dev.gmg.model.internal.Suggestions;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the query language (grammar in the module README): recursive descent over the text, one method per rule,
 * building the tree with {@link Filters} so that what it reads equals what the factories make.
 */
final class FilterParser {

    private static final String AFTER_FILTER = "AND, OR, ')' or the end";
    private static final String A_FILTER = "a filter such as point:7, NOT or '('";

    private final String text;
    private int pos;

    FilterParser(String text) {
        this.text = java.util.Objects.requireNonNull(text, "text");
    }

    ActivityFilter parse() {
        skipSpace();
        if (pos == text.length()) {
            throw error(pos, "the filter is empty", A_FILTER);
        }
        ActivityFilter f = or();
        skipSpace();
        if (pos < text.length()) {
            throw error(pos, "found '" + word(pos) + "'", AFTER_FILTER);
        }
        return f;
    }

    private ActivityFilter or() {
        List<ActivityFilter> parts = new ArrayList<>(List.of(and()));
        while (keyword("OR")) {
            parts.add(and());
        }
        return Filters.or(parts);
    }

    private ActivityFilter and() {
        List<ActivityFilter> parts = new ArrayList<>(List.of(unary()));
        while (keyword("AND")) {
            parts.add(unary());
        }
        return Filters.and(parts);
    }

    private ActivityFilter unary() {
        skipSpace();
        if (keyword("NOT")) {
            return Filters.not(unary());
        }
        if (pos < text.length() && text.charAt(pos) == '(') {
            pos++;
            ActivityFilter inner = or();
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != ')') {
                throw error(pos, pos >= text.length() ? "the text ends inside '('" : "found '" + word(pos) + "'",
                        "AND, OR or ')'");
            }
            pos++;
            return inner;
        }
        return leaf();
    }

    /** Consumes the keyword (any case) if it comes next as a whole word. */
    private boolean keyword(String k) {
        skipSpace();
        int end = pos + k.length();
        if (end <= text.length() && text.regionMatches(true, pos, k, 0, k.length())
                && (end == text.length() || !isNameChar(text.charAt(end)))) {
            pos = end;
            return true;
        }
        return false;
    }

    private ActivityFilter leaf() {
        int start = pos;
        while (pos < text.length() && isNameChar(text.charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw error(start, pos == text.length() ? "the text ends" : "found '" + word(start) + "'", A_FILTER);
        }
        String name = text.substring(start, pos).toLowerCase(Locale.ROOT);
        if (!Syntax.NAMES.contains(name)) {
            if (List.of("and", "or").contains(name)) {
                throw error(start, "found '" + text.substring(start, pos) + "' where a filter should be", A_FILTER);
            }
            throw error(start, "unknown filter '" + text.substring(start, pos) + "'", "a filter name such as point",
                    Suggestions.suggest(name, Syntax.NAMES));
        }
        String value = null;
        int valueAt = pos;
        if (Syntax.BARE.contains(name)) {
            if (pos < text.length() && text.charAt(pos) == ':') {
                throw error(pos, "'" + name + "' takes no value", AFTER_FILTER);
            }
        } else {
            if (pos >= text.length() || text.charAt(pos) != ':') {
                throw error(pos, "'" + name + "' needs ':' and a value", "':' after '" + name + "'");
            }
            pos++;
            valueAt = pos;
            value = value(Syntax.WITH_ROLES.contains(name));
        }
        List<String> roles = List.of();
        int rolesAt = pos;
        if (Syntax.WITH_ROLES.contains(name) && pos < text.length() && text.charAt(pos) == '/') {
            pos++;
            rolesAt = pos;
            roles = List.of(bare(false).split(",", -1));
        }
        return build(name, value, valueAt, roles, rolesAt);
    }

    private String value(boolean stopAtSlash) {
        if (pos < text.length() && text.charAt(pos) == '"') {
            int open = pos++;
            StringBuilder s = new StringBuilder();
            while (pos < text.length() && text.charAt(pos) != '"') {
                char c = text.charAt(pos++);
                if (c == '\\' && pos < text.length()) {
                    c = text.charAt(pos++);
                }
                s.append(c);
            }
            if (pos >= text.length()) {
                throw error(open, "the quote that starts here is never closed", "a closing '\"'");
            }
            pos++;
            return s.toString();
        }
        String v = bare(stopAtSlash);
        if (v.isEmpty()) {
            throw error(pos, pos == text.length() ? "the text ends" : "found '" + word(pos) + "'",
                    "a value after ':' (in double quotes if it has spaces)");
        }
        return v;
    }

    private String bare(boolean stopAtSlash) {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '"' || (stopAtSlash && c == '/')) {
                break;
            }
            pos++;
        }
        return text.substring(start, pos);
    }

    private ActivityFilter build(String name, String value, int at, List<String> roleNames, int rolesAt) {
        boolean placeLeaf = List.of("country", "region", "region-within", "global").contains(name);
        Set<Role> roles = new HashSet<>();
        Set<PlaceRole> placeRoles = new HashSet<>();
        boolean frameworkLeaf = name.equals("sdg") || name.equals("gcm");
        LinkStrength minimum = LinkStrength.RELATED;
        for (String r : roleNames) {
            if (frameworkLeaf) {
                minimum = code(r, rolesAt, LinkStrength::parse);
            } else if (placeLeaf) {
                placeRoles.add(code(r, rolesAt, PlaceRole::parse));
            } else {
                roles.add(code(r, rolesAt, Role::parse));
            }
            rolesAt += r.length() + 1;
        }
        try {
            return switch (name) {
                case "all" -> Filters.all();
                case "point" -> Filters.actionPoint(code(value, at, ActionPoint::parse));
                case "agency" -> new Leaves.AgencyIs(value, true, roles);
                case "exact-agency" -> new Leaves.AgencyIs(value, false, roles);
                case "role" -> new Leaves.RoleIs(codes(value, at, Role::parse));
                case "agency-kind" -> new Leaves.AgencyKindIs(code(value, at, AgencyKind::parse), roles);
                case "gmg-member" -> new Leaves.GmgMember(roles);
                case "country" -> new Leaves.PlaceIs(value, Leaves.PlaceMatch.NAMES, placeRoles);
                case "region" -> new Leaves.PlaceIs(value, Leaves.PlaceMatch.INTERSECTS, placeRoles);
                case "region-within" -> new Leaves.PlaceIs(value, Leaves.PlaceMatch.WITHIN, placeRoles);
                case "global" -> new Leaves.Global(placeRoles);
                case "place-role" -> new Leaves.PlaceRoleIs(codes(value, at, PlaceRole::parse));
                case "placeless" -> Filters.placeless();
                case "overlaps" -> date(Leaves.DateMatch.OVERLAPS, value, at);
                case "within" -> date(Leaves.DateMatch.WITHIN, value, at);
                case "starts" -> date(Leaves.DateMatch.STARTS_WITHIN, value, at);
                case "undated" -> Filters.undated();
                case "precision" -> Filters.precision(code(value, at, DatePrecision::parse));
                case "status" -> Filters.status(code(value, at, Status::parse));
                case "kind" -> Filters.kind(code(value, at, ActivityKind::parse));
                case "theme" -> Filters.theme(code(value, at, Theme::parse));
                case "text" -> Filters.text(value);
                case "source" -> source(value, at);
                case "part-of" -> Filters.partOf(value);
                case "related" -> Filters.relatedTo(value);
                case "id" -> Filters.id(value);
                case "sdg", "gcm" -> new Leaves.FrameworkIs(Crosswalk.standard().ref(name + ":" + value), minimum);
                case "outcome" -> new Leaves.OutcomeIs(Crosswalk.standard().outcome(value));
                default -> throw new IllegalStateException("no rule for " + name);
            };
        } catch (QuerySyntaxException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw error(at, e.getMessage(), "a value for " + name);
        }
    }

    private <T> T code(String value, int at, Function<String, T> parse) {
        try {
            return parse.apply(value);
        } catch (UnknownReferenceException e) {
            throw error(at, "unknown " + e.what() + " '" + e.input() + "'", article(e.what()) + e.what(), e.suggestions());
        } catch (IllegalArgumentException e) {
            throw error(at, e.getMessage(), "a known value");
        }
    }

    private static String article(String word) {
        return "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an " : "a ";
    }

    private <T> Set<T> codes(String value, int at, Function<String, T> parse) {
        Set<T> out = new HashSet<>();
        for (String v : value.split(",", -1)) {
            out.add(code(v, at, parse));
            at += v.length() + 1;
        }
        return out;
    }

    private ActivityFilter date(Leaves.DateMatch match, String value, int at) {
        LocalDate from;
        LocalDate to;
        if (value.equals("..")) {
            from = LocalDate.MIN;
            to = LocalDate.MAX;
        } else {
            try {
                EdtfPeriod p = EdtfPeriod.parse(value);
                from = p.earliest();
                to = p.latest();
            } catch (DateTimeParseException e) {
                String why = e.getMessage().replaceFirst("^Text '.*' is not a supported EDTF date at index \\d+: ", "");
                throw error(at + e.getErrorIndex(), "'" + value + "' is not a date range: " + why,
                        "an EDTF date or range such as 2014, 2014-06, 2014-01-10/2014-03 or 2014/..");
            }
        }
        return new Leaves.DateIs(match, from, to);
    }

    private ActivityFilter source(String value, int at) {
        int hash = value.indexOf('#');
        String section = hash < 0 ? value : value.substring(0, hash);
        if (!section.matches("[1-9](\\.[1-9])?")) {
            throw error(at, "'" + section + "' is not a section number", "a section such as 2.7 or 3");
        }
        if (hash < 0) {
            return Filters.source(section);
        }
        String paragraph = value.substring(hash + 1);
        if (!paragraph.matches("[1-9][0-9]{0,3}")) {
            throw error(at + hash + 1, "'" + paragraph + "' is not a paragraph number", "a paragraph number such as 11");
        }
        return Filters.source(section, Integer.parseInt(paragraph));
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    /** The word at {@code at}, for messages: up to the next space or parenthesis, at most 30 chars. */
    private String word(int at) {
        int end = at;
        while (end < text.length() && end - at < 30 && !Character.isWhitespace(text.charAt(end))
                && (end == at || (text.charAt(end) != '(' && text.charAt(end) != ')'))) {
            end++;
        }
        return text.substring(at, end);
    }

    private QuerySyntaxException error(int at, String problem, String expected) {
        return error(at, problem, expected, List.of());
    }

    private QuerySyntaxException error(int at, String problem, String expected, List<String> suggestions) {
        return new QuerySyntaxException(text, at, problem + "; expected " + expected, expected, suggestions);
    }
}
