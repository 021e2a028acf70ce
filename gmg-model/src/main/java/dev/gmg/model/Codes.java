package dev.gmg.model;

import dev.gmg.model.internal.Suggestions;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Look-up of enum constants by code, label or constant name, shared by the vocabularies. */
final class Codes {

    private Codes() {
    }

    static <E extends Enum<E> & Coded> E parse(Class<E> type, String text, String what) {
        if (text == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        String key = Suggestions.key(text);
        for (E e : type.getEnumConstants()) {
            if (Suggestions.key(e.code()).equals(key) || Suggestions.key(e.label()).equals(key)
                    || Suggestions.key(e.name()).equals(key)) {
                return e;
            }
        }
        throw new UnknownReferenceException(what, text,
                Suggestions.suggest(text, Arrays.stream(type.getEnumConstants()).map(Coded::code).toList()),
                "expected one of: " + Arrays.stream(type.getEnumConstants()).map(Coded::code)
                        .collect(Collectors.joining(", ")));
    }

    static String codeOf(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
