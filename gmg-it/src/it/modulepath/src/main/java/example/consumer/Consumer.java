package example.consumer;

import dev.gmg.io.Datasets;
import dev.gmg.io.GmgJson;
import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.Dataset;
import dev.gmg.model.Participant;
import dev.gmg.model.Role;
import dev.gmg.model.Status;
import dev.gmg.query.ActivityIndex;
import dev.gmg.query.ActivityQuery;
import dev.gmg.query.QueryResult;
import java.nio.file.Path;

/** What a new user does first: the bundled data, one query, a file of their own, a value built by hand. */
public final class Consumer {

    private Consumer() {
    }

    /**
     * Runs the checks and fails (exit status 1) on the first one that does not hold.
     *
     * @param args {@code module} or {@code class}: the path this consumer must be running on
     */
    public static void main(String[] args) {
        boolean named = Consumer.class.getModule().isNamed();
        check(named == "module".equals(args[0]), "expected to run on the " + args[0] + " path, module named: " + named);

        Dataset hld = Datasets.hld2014();
        check(hld.activities().size() > 100, "bundled dataset has " + hld.activities().size() + " activities");

        QueryResult r = ActivityIndex.of(hld).query(ActivityQuery.builder().agencies("ILO").regions("Europe").build());
        check(r.total() > 0, "ILO in Europe finds nothing");

        Dataset mine = GmgJson.read(Path.of("data", "mine.json"));   // validated with Hibernate Validator
        check(mine.activities().size() == 1, "own file has " + mine.activities().size() + " activities");

        Activity byHand = Activity.builder().id("consumer-built").title("Built by hand").summary("A value of ours.")
                .addActionPoints(ActionPoint.PARTNERSHIPS).addParticipants(Participant.of("ILO", Role.LEAD))
                .status(Status.PLANNED).kind(ActivityKind.MEETING).build();
        check(byHand.agencyIds().contains("ILO"), "built activity lost its participant");

        System.out.println("consumer on the " + args[0] + " path: " + hld.activities().size() + " bundled activities, "
                + r.total() + " for ILO in Europe, " + mine.activities().get(0).id() + " read from its own file");
    }

    private static void check(boolean condition, String failure) {
        if (!condition) {
            System.err.println("consumer check failed: " + failure);
            System.exit(1);
        }
    }
}
