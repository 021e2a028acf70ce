package dev.gmg.testing;

import dev.gmg.model.Activity;
import dev.gmg.model.Agency;
import dev.gmg.model.Dataset;
import dev.gmg.model.Participant;
import dev.gmg.model.internal.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Lists the references of a dataset that name nothing in it, one readable line each. */
final class DanglingReferences {

    private DanglingReferences() {
    }

    static List<String> of(Dataset dataset) {
        List<String> out = new ArrayList<>();
        List<String> agencyIds = dataset.agencies().stream().map(Agency::id).toList();
        List<String> activityIds = dataset.activities().stream().map(Activity::id).toList();
        for (Agency agency : dataset.agencies()) {
            agency.parentId().filter(p -> dataset.agency(p).isEmpty()).ifPresent(p -> out.add(
                    "agency '" + agency.id() + "': parent '" + p + "' is not an agency of the dataset"
                            + hint(p, agencyIds)));
        }
        for (Activity activity : dataset.activities()) {
            for (Participant p : activity.participants()) {
                if (dataset.agency(p.agencyId()).isEmpty()) {
                    out.add("activity '" + activity.id() + "': participant '" + p.agencyId()
                            + "' is not an agency of the dataset" + hint(p.agencyId(), agencyIds));
                }
            }
            activity.partOf().filter(id -> dataset.activity(id).isEmpty()).ifPresent(id -> out.add(
                    "activity '" + activity.id() + "': partOf '" + id + "' is not an activity of the dataset"
                            + hint(id, activityIds)));
            for (String id : activity.related()) {
                if (dataset.activity(id).isEmpty()) {
                    out.add("activity '" + activity.id() + "': related '" + id
                            + "' is not an activity of the dataset" + hint(id, activityIds));
                }
            }
        }
        return out;
    }

    private static String hint(String id, Collection<String> known) {
        String question = Suggestions.didYouMean(Suggestions.suggest(id, known));
        return question.isEmpty() ? "" : ", " + question;
    }
}
