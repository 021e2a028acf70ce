/**
 * One self-contained HTML page of a GMG dataset or a query's selection (see {@link dev.gmg.report}). A module that
 * requires this one also reads {@code dev.gmg.query} and {@code dev.gmg.model}, whose types its API takes.
 */
module dev.gmg.report {
    requires transitive dev.gmg.query;

    exports dev.gmg.report;
}
