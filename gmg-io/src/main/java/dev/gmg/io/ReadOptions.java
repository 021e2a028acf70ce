package dev.gmg.io;

/**
 * The limits a reader applies to its input, so that a hostile or broken file is refused quickly, with a located
 * problem, instead of exhausting time or memory. Immutable; start from {@link #defaults()} and change what you
 * need:
 *
 * <pre>{@code
 * Dataset big = GmgJson.read(Path.of("big.json"), ReadOptions.defaults().withMaxDocumentBytes(8L << 30));
 * }</pre>
 *
 * <p>Reading streams: a document is never held as a whole, only the model it builds and one agency or activity
 * at a time, so the defaults admit a dataset of a million activities; the heap it needs is about the size of
 * the model. The per-item limits ({@link #maxItemTokens()}) bound the memory spent on any one agency or
 * activity, whatever the file holds.
 */
public final class ReadOptions {

    private static final ReadOptions DEFAULTS = new ReadOptions(GmgJson.MAX_DOCUMENT_LENGTH,
            GmgJson.MAX_LINE_LENGTH, GmgJson.MAX_STRING_LENGTH, GmgJson.MAX_NESTING_DEPTH, 2_000_000_000L,
            GmgJson.MAX_ITEM_TOKENS);

    private final long maxDocumentBytes;
    private final int maxLineBytes;
    private final int maxStringLength;
    private final int maxNestingDepth;
    private final long maxTokens;
    private final int maxItemTokens;

    private ReadOptions(long maxDocumentBytes, int maxLineBytes, int maxStringLength, int maxNestingDepth,
            long maxTokens, int maxItemTokens) {
        this.maxDocumentBytes = positive(maxDocumentBytes, "maxDocumentBytes");
        this.maxLineBytes = (int) positive(maxLineBytes, "maxLineBytes");
        this.maxStringLength = (int) positive(maxStringLength, "maxStringLength");
        this.maxNestingDepth = (int) positive(maxNestingDepth, "maxNestingDepth");
        this.maxTokens = positive(maxTokens, "maxTokens");
        this.maxItemTokens = (int) positive(maxItemTokens, "maxItemTokens");
    }

    private static long positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    /**
     * The defaults: documents up to {@value GmgJson#MAX_DOCUMENT_LENGTH} bytes and 2,000,000,000 JSON tokens,
     * NDJSON lines up to {@value GmgJson#MAX_LINE_LENGTH} bytes, strings up to {@value GmgJson#MAX_STRING_LENGTH}
     * characters, nesting {@value GmgJson#MAX_NESTING_DEPTH} deep, {@value GmgJson#MAX_ITEM_TOKENS} tokens per
     * agency or activity.
     *
     * @return the default options
     */
    public static ReadOptions defaults() {
        return DEFAULTS;
    }

    /**
     * @return the largest JSON document accepted, in bytes (characters for text); not applied to NDJSON, whose
     *     lines {@link #maxLineBytes()} bounds
     */
    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /** @return the longest NDJSON line accepted, in bytes */
    public int maxLineBytes() {
        return maxLineBytes;
    }

    /** @return the longest string value accepted, in characters */
    public int maxStringLength() {
        return maxStringLength;
    }

    /** @return the deepest nesting of objects and arrays accepted */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /** @return the most JSON tokens (names, values, brackets) accepted in one document or NDJSON line */
    public long maxTokens() {
        return maxTokens;
    }

    /**
     * @return the most JSON tokens accepted in one agency or activity (unknown fields' values included, though
     *     they are skipped, not kept)
     */
    public int maxItemTokens() {
        return maxItemTokens;
    }

    /**
     * @param bytes the largest JSON document accepted, in bytes
     * @return options with that limit
     */
    public ReadOptions withMaxDocumentBytes(long bytes) {
        return new ReadOptions(bytes, maxLineBytes, maxStringLength, maxNestingDepth, maxTokens, maxItemTokens);
    }

    /**
     * @param bytes the longest NDJSON line accepted, in bytes
     * @return options with that limit
     */
    public ReadOptions withMaxLineBytes(int bytes) {
        return new ReadOptions(maxDocumentBytes, bytes, maxStringLength, maxNestingDepth, maxTokens, maxItemTokens);
    }

    /**
     * @param characters the longest string value accepted
     * @return options with that limit
     */
    public ReadOptions withMaxStringLength(int characters) {
        return new ReadOptions(maxDocumentBytes, maxLineBytes, characters, maxNestingDepth, maxTokens,
                maxItemTokens);
    }

    /**
     * @param levels the deepest nesting of objects and arrays accepted (the format needs five)
     * @return options with that limit
     */
    public ReadOptions withMaxNestingDepth(int levels) {
        return new ReadOptions(maxDocumentBytes, maxLineBytes, maxStringLength, levels, maxTokens, maxItemTokens);
    }

    /**
     * @param tokens the most JSON tokens accepted in one document
     * @return options with that limit
     */
    public ReadOptions withMaxTokens(long tokens) {
        return new ReadOptions(maxDocumentBytes, maxLineBytes, maxStringLength, maxNestingDepth, tokens,
                maxItemTokens);
    }

    /**
     * @param tokens the most JSON tokens accepted in one agency or activity
     * @return options with that limit
     */
    public ReadOptions withMaxItemTokens(int tokens) {
        return new ReadOptions(maxDocumentBytes, maxLineBytes, maxStringLength, maxNestingDepth, maxTokens, tokens);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReadOptions r && r.maxDocumentBytes == maxDocumentBytes && r.maxLineBytes == maxLineBytes
                && r.maxStringLength == maxStringLength && r.maxNestingDepth == maxNestingDepth
                && r.maxTokens == maxTokens && r.maxItemTokens == maxItemTokens;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(maxDocumentBytes, maxLineBytes, maxStringLength, maxNestingDepth, maxTokens,
                maxItemTokens);
    }

    @Override
    public String toString() {
        return "ReadOptions{maxDocumentBytes=" + maxDocumentBytes + ", maxLineBytes=" + maxLineBytes
                + ", maxStringLength=" + maxStringLength + ", maxNestingDepth=" + maxNestingDepth + ", maxTokens="
                + maxTokens + ", maxItemTokens=" + maxItemTokens + "}";
    }
}
