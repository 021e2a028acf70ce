/**
 * Queries over any GMG dataset: the query value, the index that runs it, results, facets and the agency by
 * action-point matrix (see {@link dev.gmg.query}). A module that requires this one also reads
 * {@code dev.gmg.model}, whose types its API returns.
 */
module dev.gmg.query {
    requires transitive dev.gmg.model;

    exports dev.gmg.query;
}
