package dev.gmg.cli;

import dev.gmg.io.ReadOptions;
import picocli.CommandLine.Option;

/** The reading limits ({@link ReadOptions}) as options of the commands that read files. */
final class ReadLimits {

    @Option(names = "--max-document-bytes", paramLabel = "BYTES",
            description = "The largest JSON document read (default: ${DEFAULT-VALUE}).")
    long maxDocumentBytes = ReadOptions.defaults().maxDocumentBytes();

    @Option(names = "--max-line-bytes", paramLabel = "BYTES",
            description = "The longest NDJSON line read (default: ${DEFAULT-VALUE}).")
    int maxLineBytes = ReadOptions.defaults().maxLineBytes();

    @Option(names = "--max-item-tokens", paramLabel = "N",
            description = "The most JSON tokens in one agency or activity (default: ${DEFAULT-VALUE}).")
    int maxItemTokens = ReadOptions.defaults().maxItemTokens();

    ReadOptions options() {
        try {
            return ReadOptions.defaults().withMaxDocumentBytes(maxDocumentBytes).withMaxLineBytes(maxLineBytes)
                    .withMaxItemTokens(maxItemTokens);
        } catch (IllegalArgumentException e) {
            throw new Gmg.UsageException(e.getMessage());
        }
    }
}
