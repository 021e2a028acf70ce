package dev.gmg.cli;

import java.util.ArrayList;
import java.util.List;

/** Splits a command line into words as a POSIX shell would for the simple quoting READMEs use: '...', "...", \x. */
final class ShellWords {

    private ShellWords() {
    }

    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                continue;
            }
            if (word == null) {
                word = new StringBuilder();
            }
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed ' in: " + line);
                }
                word.append(line, i + 1, end);
                i = end;
            } else if (c == '"') {
                int j = i + 1;
                while (j < line.length() && line.charAt(j) != '"') {
                    if (line.charAt(j) == '\\' && j + 1 < line.length() && "\"\\$`".indexOf(line.charAt(j + 1)) >= 0) {
                        j++;
                    }
                    word.append(line.charAt(j++));
                }
                if (j >= line.length()) {
                    throw new IllegalArgumentException("unclosed \" in: " + line);
                }
                i = j;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
            } else {
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
