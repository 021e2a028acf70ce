package dev.gmg.query;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.Agency;
import dev.gmg.model.Dataset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The agency × action-point matrix of a result: for each agency taking part in a match (in any role; a sub-body
 * under its own id), how many of the matches it takes part in serve each action point. An activity serving two
 * points counts once under each. Immutable.
 *
 * <pre>
 * agency       1    2    3    4    5    6    7    8
 * ILO         12    9    4    0    2    5    3    6
 * </pre>
 */
public final class AgencyMatrix {

    private final List<String> agencies;
    private final Map<String, Map<ActionPoint, Integer>> rows;

    private AgencyMatrix(List<String> agencies, Map<String, Map<ActionPoint, Integer>> rows) {
        this.agencies = List.copyOf(agencies);
        this.rows = rows;
    }

    static AgencyMatrix of(List<Activity> activities, Dataset dataset) {
        Map<String, int[]> counts = new HashMap<>();
        for (Activity a : activities) {
            for (String id : a.agencyIds()) {
                int[] row = counts.computeIfAbsent(id, k -> new int[ActionPoint.values().length]);
                for (ActionPoint p : a.actionPoints()) {
                    row[p.ordinal()]++;
                }
            }
        }
        List<String> order = new ArrayList<>();
        Map<String, Map<ActionPoint, Integer>> rows = new HashMap<>();
        for (Agency agency : dataset.agencies()) {
            int[] row = counts.get(agency.id());
            if (row != null) {
                order.add(agency.id());
                Map<ActionPoint, Integer> map = new EnumMap<>(ActionPoint.class);
                for (ActionPoint p : ActionPoint.values()) {
                    map.put(p, row[p.ordinal()]);
                }
                rows.put(agency.id(), Collections.unmodifiableMap(map));
            }
        }
        return new AgencyMatrix(order, Map.copyOf(rows));
    }

    /** {@return the ids of the agencies taking part in at least one match, in the dataset's order} */
    public List<String> agencies() {
        return agencies;
    }

    /**
     * The counts of one agency per action point, all eight in agenda order; zeros for an absent agency.
     *
     * @param agencyId an agency id
     * @return the counts by action point
     */
    public Map<ActionPoint, Integer> row(String agencyId) {
        Map<ActionPoint, Integer> row = rows.get(agencyId);
        if (row != null) {
            return row;
        }
        Map<ActionPoint, Integer> zeros = new EnumMap<>(ActionPoint.class);
        for (ActionPoint p : ActionPoint.values()) {
            zeros.put(p, 0);
        }
        return Collections.unmodifiableMap(zeros);
    }

    /**
     * How many matches the agency takes part in that serve the action point.
     *
     * @param agencyId an agency id
     * @param point an action point
     * @return the number of activities
     */
    public int count(String agencyId, ActionPoint point) {
        return row(agencyId).get(point);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgencyMatrix m && m.agencies.equals(agencies) && m.rows.equals(rows);
    }

    @Override
    public int hashCode() {
        return rows.hashCode();
    }

    /** A text table: one row per agency, one column per action point number. */
    @Override
    public String toString() {
        int width = Math.max(6, agencies.stream().mapToInt(String::length).max().orElse(0));
        StringBuilder s = new StringBuilder(String.format("%-" + width + "s", "agency"));
        for (ActionPoint p : ActionPoint.values()) {
            s.append(String.format("%5d", p.number()));
        }
        for (String id : agencies) {
            s.append('\n').append(String.format("%-" + width + "s", id));
            for (ActionPoint p : ActionPoint.values()) {
                s.append(String.format("%5d", rows.get(id).get(p)));
            }
        }
        return s.toString();
    }
}
