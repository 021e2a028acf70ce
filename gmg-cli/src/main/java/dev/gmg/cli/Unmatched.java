package dev.gmg.cli;

import dev.gmg.model.internal.Suggestions;
import java.util.List;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The message for a usage error: for an unknown option or command, its name and picocli's own suggestions
 * ("unknown option '--agncy', did you mean '--agency'?"); otherwise picocli's message.
 */
final class Unmatched {

    private Unmatched() {
    }

    static String message(ParameterException ex) {
        if (!(ex instanceof UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
            return ex.getMessage();
        }
        String first = u.getUnmatched().get(0);
        List<String> suggestions = u.getSuggestions().stream().limit(Suggestions.MAX_SUGGESTIONS).toList();
        boolean topLevel = ex.getCommandLine().getParent() == null && !first.startsWith("-");
        String what = first.startsWith("-") ? "unknown option '" + first + "'"
                : topLevel ? "unknown command '" + first + "'" : ex.getMessage();
        return suggestions.isEmpty() ? what : what + ", " + Suggestions.didYouMean(suggestions);
    }
}
