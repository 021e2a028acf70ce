package dev.gmg.cli;

import dev.gmg.model.Activity;
import dev.gmg.model.Participant;
import dev.gmg.model.Role;
import java.util.List;
import java.util.stream.Collectors;

/** The tables the commands print: 80 columns, labels rather than codes. */
final class Tables {

    static final int WIDTH = 80;

    private Tables() {
    }

    static String activities(List<Activity> activities) {
        if (activities.isEmpty()) {
            return "";
        }
        TextTable t = new TextTable("When", "Lead", "Activity (status) and id");
        for (Activity a : activities) {
            t.add(a.period().map(Labels::period).orElse("-"), leads(a),
                    a.title() + " (" + a.status().label().toLowerCase(java.util.Locale.ROOT) + ")\n" + a.id());
        }
        return t.render(WIDTH);
    }

    /** The lead agencies' ids, or every participant's when none leads. */
    static String leads(Activity a) {
        List<Participant> leads = a.participants().stream().filter(p -> p.role() == Role.LEAD).toList();
        return (leads.isEmpty() ? a.participants() : leads).stream().map(Participant::agencyId)
                .distinct().collect(Collectors.joining(", "));
    }
}
