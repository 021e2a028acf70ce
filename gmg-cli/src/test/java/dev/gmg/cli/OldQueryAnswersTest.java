package dev.gmg.cli;

import static dev.gmg.cli.Cli.gmg;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The options of {@code gmg query} that existed before the filter tree give the same answers as they did then: the
 * ids of 43 commands (every old option, alone and combined) were recorded on the bundled data with the old code in
 * {@code old-query-answers.txt}, and each is run again here.
 */
class OldQueryAnswersTest {

    static Stream<Arguments> recorded() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                OldQueryAnswersTest.class.getResourceAsStream("old-query-answers.txt")), StandardCharsets.UTF_8))) {
            String command = null;
            List<String> ids = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("$ ")) {
                    command = line.substring(2);
                    ids = new ArrayList<>();
                } else if (line.isEmpty() && command != null) {
                    cases.add(Arguments.of(command, ids));
                    command = null;
                } else if (command != null) {
                    ids.add(line);
                }
            }
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        return cases.stream();
    }

    @ParameterizedTest(name = "gmg {0}")
    @MethodSource("recorded")
    void sameIdsInTheSameOrderAsBefore(String command, List<String> expected) {
        List<String> args = new ArrayList<>(ShellWords.split(command));
        args.addAll(List.of("--format", "ids"));
        assertThat(gmg(args.toArray(String[]::new)).ok().lines()).as("gmg %s", command).isEqualTo(expected);
    }
}
