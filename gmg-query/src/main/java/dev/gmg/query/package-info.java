/**
 * Fast, composable filtering of a {@link dev.gmg.model.Dataset}'s activities by action point, agency and role,
 * place and place role, date, precision, status, kind, theme, free text, source and initiative.
 *
 * <p>Three steps: build an {@link dev.gmg.query.ActivityIndex} once from any dataset, build an
 * {@link dev.gmg.query.ActivityQuery}: a {@link dev.gmg.query.ActivityFilter filter tree} (made with
 * {@link dev.gmg.query.Filters}, by the query's builder, or read from the query language with
 * {@link dev.gmg.query.ActivityFilter#parse(String)}), an order and a page; and run it to get a
 * {@link dev.gmg.query.QueryResult}: the matches in a deterministic order, a page of them, the total, what the
 * filter could not judge ({@link dev.gmg.query.LeftOut}), the
 * {@link dev.gmg.query.Facets facet counts} and the {@link dev.gmg.query.AgencyMatrix agency × action-point
 * matrix}.
 *
 * <pre>{@code
 * ActivityIndex index = ActivityIndex.of(dataset);
 * QueryResult r = index.query(ActivityQuery.builder()
 *     .actionPoints(ActionPoint.EVIDENCE_BASE)
 *     .agencies("UNESCO")
 *     .regions("Africa")
 *     .overlapping(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 6, 30))
 *     .build());
 * index.query(ActivityQuery.of(ActivityFilter.parse("(point:6 OR point:8) AND region:Africa AND NOT status:completed")));
 * }</pre>
 */
package dev.gmg.query;
