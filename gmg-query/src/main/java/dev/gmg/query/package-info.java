/**
 * Fast, composable filtering of a {@link dev.gmg.model.Dataset}'s activities by action point, agency, place, date,
 * status, kind, theme and free text.
 *
 * <p>Three steps: build an {@link dev.gmg.query.ActivityIndex} once from any dataset, build an
 * {@link dev.gmg.query.ActivityQuery} (an immutable value that prints as the filter it is), and run it to get a
 * {@link dev.gmg.query.QueryResult}: the matches in a deterministic order, a page of them, the total, the
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
 * }</pre>
 */
package dev.gmg.query;
