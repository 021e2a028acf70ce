package dev.gmg.report;

import dev.gmg.model.Activity;
import dev.gmg.model.Agency;
import dev.gmg.model.Dataset;
import dev.gmg.query.AgencyMatrix;
import dev.gmg.query.Facets;
import dev.gmg.query.QueryResult;
import java.util.List;

/**
 * What every section of the page draws from: the dataset, every match of the result, and the result's own
 * matrix and facets (the page shows the library's counts, never counts of its own).
 */
record Selection(Dataset dataset, List<Activity> activities, AgencyMatrix matrix, Facets facets) {

    static Selection of(Dataset dataset, QueryResult result) {
        return new Selection(dataset, List.copyOf(result.all()), result.matrix(), result.facets());
    }

    /** The agency's name, or its id when the dataset does not know it. */
    String agencyName(String id) {
        return dataset.agency(id).map(Agency::name).orElse(id);
    }

    /** The number of activities the agency takes part in, in any role. */
    int agencyTotal(String id) {
        return facets.agencies().getOrDefault(id, 0);
    }
}
