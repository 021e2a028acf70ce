package dev.gmg.io;

/** JSON paths in the notation of messages: {@code activities[12].participants[0].agency}. */
final class Paths {

    private Paths() {
    }

    /** The path of a field of the value at {@code parent}. */
    static String field(String parent, String name) {
        boolean plain = !name.isEmpty();
        for (int i = 0; i < name.length() && plain; i++) {
            char c = name.charAt(i);
            plain = Character.isLetterOrDigit(c) || c == '_' || c == '-';
        }
        if (!plain || name.length() > 60) {
            return parent + "[\"" + Text.visible(Text.abbreviate(name, 40)).replace("\"", "\\\"") + "\"]";
        }
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** The path of an item of the array at {@code parent}. */
    static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
