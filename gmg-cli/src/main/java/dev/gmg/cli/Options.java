package dev.gmg.cli;

import java.util.List;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Options declared with picocli's programmatic API, and their values after parsing. {@code gmg query}, the command
 * run most, declares all its options this way, because reading picocli's annotations on a cold JVM makes a proxy
 * class per annotation type and costs the command line about as long as the rest of its start (see the README's
 * "Cold start"); the options it shares with other commands ({@link DataOption}, {@link ReadLimits},
 * {@link SelectionOptions}) are declared once, here, for all of them.
 */
final class Options {

    private Options() {
    }

    /**
     * Adds options declared in code to a command declared with annotations, named in its
     * {@code @Command(modelTransformer = ...)}; picocli makes one with the no-argument constructor.
     */
    abstract static class Declare implements IModelTransformer {
        @Override
        public final CommandSpec transform(CommandSpec spec) {
            declare(spec);
            return spec;
        }

        abstract void declare(CommandSpec spec);
    }

    /** An option that takes no value. */
    static OptionSpec flag(String name, String description) {
        return OptionSpec.builder(name).type(boolean.class).description(description).build();
    }

    /** An option that takes one value of {@code type}. */
    static OptionSpec single(String name, String label, Class<?> type, String description) {
        return OptionSpec.builder(name).paramLabel(label).type(type).description(description).build();
    }

    /** An option that may be repeated, each time with one text value. */
    static OptionSpec repeated(String name, String label, String description) {
        return OptionSpec.builder(name).paramLabel(label).type(List.class).auxiliaryTypes(String.class)
                .description(description).build();
    }

    /** {@code -h, --help} and {@code -V, --version}, as picocli's {@code mixinStandardHelpOptions} words them. */
    static void addHelp(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
    }

    // The values through optionsMap(), not findOption(), which interpolates every option's names on each call.

    static boolean isSet(CommandSpec spec, String name) {
        Boolean value = spec.optionsMap().get(name).getValue();
        return value != null && value;
    }

    static <T> T value(CommandSpec spec, String name) {
        return spec.optionsMap().get(name).getValue();
    }

    static List<String> strings(CommandSpec spec, String name) {
        List<String> values = spec.optionsMap().get(name).getValue();
        return values == null ? List.of() : values;
    }
}
