package dev.gmg.cli;

import dev.gmg.io.ReadOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The reading limits ({@link ReadOptions}) as options of the commands that read files. Declared with picocli's
 * programmatic API: see {@link Options}.
 */
final class ReadLimits {

    private ReadLimits() {
    }

    /** For {@code @Command(modelTransformer = ReadLimits.Declare.class)}. */
    static final class Declare extends Options.Declare {
        @Override
        void declare(CommandSpec spec) {
            addTo(spec);
        }
    }

    static void addTo(CommandSpec spec) {
        ReadOptions defaults = ReadOptions.defaults();
        spec.addOption(OptionSpec.builder("--max-document-bytes").paramLabel("BYTES").type(long.class)
                .defaultValue(String.valueOf(defaults.maxDocumentBytes()))
                .description("The largest JSON document read (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(OptionSpec.builder("--max-line-bytes").paramLabel("BYTES").type(int.class)
                .defaultValue(String.valueOf(defaults.maxLineBytes()))
                .description("The longest NDJSON line read (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(OptionSpec.builder("--max-item-tokens").paramLabel("N").type(int.class)
                .defaultValue(String.valueOf(defaults.maxItemTokens()))
                .description("The most JSON tokens in one agency or activity (default: ${DEFAULT-VALUE}).").build());
    }

    /** The limits the parsed command line gives. */
    static ReadOptions options(CommandSpec spec) {
        long maxDocumentBytes = Options.value(spec, "--max-document-bytes");
        int maxLineBytes = Options.value(spec, "--max-line-bytes");
        int maxItemTokens = Options.value(spec, "--max-item-tokens");
        try {
            return ReadOptions.defaults().withMaxDocumentBytes(maxDocumentBytes).withMaxLineBytes(maxLineBytes)
                    .withMaxItemTokens(maxItemTokens);
        } catch (IllegalArgumentException e) {
            throw new Gmg.UsageException(e.getMessage());
        }
    }
}
