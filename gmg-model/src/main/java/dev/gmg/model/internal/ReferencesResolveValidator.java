package dev.gmg.model.internal;

import dev.gmg.model.Activity;
import dev.gmg.model.Agency;
import dev.gmg.model.Dataset;
import dev.gmg.model.Participant;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks {@link Dataset.ReferencesResolve}. Public only because validators instantiate it by reflection; not
 * part of the SDK's API.
 */
public final class ReferencesResolveValidator implements ConstraintValidator<Dataset.ReferencesResolve, Dataset> {

    /** Called by the validation provider. */
    public ReferencesResolveValidator() {
    }

    @Override
    public boolean isValid(Dataset dataset, ConstraintValidatorContext context) {
        if (dataset == null) {
            return true;
        }
        boolean valid = true;
        context.disableDefaultConstraintViolation();
        List<Agency> agencies = dataset.agencies();
        for (int i = 0; i < agencies.size(); i++) {
            Agency a = agencies.get(i);
            Optional<String> parent = a.parentId();
            if (parent.isPresent() && dataset.agency(parent.get()).isEmpty()) {
                valid = false;
                violation(context, unknownAgency(dataset, parent.get()), "agencies", i, "parentId", -1);
            } else if (parent.isPresent() && hasCycle(dataset, a)) {
                valid = false;
                violation(context, "agency '" + a.id() + "' is its own ancestor", "agencies", i, "parentId", -1);
            }
        }
        List<Activity> activities = dataset.activities();
        for (int i = 0; i < activities.size(); i++) {
            Activity act = activities.get(i);
            List<Participant> participants = act.participants();
            for (int j = 0; j < participants.size(); j++) {
                String id = participants.get(j).agencyId();
                if (dataset.agency(id).isEmpty()) {
                    valid = false;
                    violation(context, unknownAgency(dataset, id), "activities", i, "participants", j);
                }
            }
            if (act.partOf().isPresent() && dataset.activity(act.partOf().get()).isEmpty()) {
                valid = false;
                violation(context, "unknown activity '" + act.partOf().get() + "'", "activities", i, "partOf", -1);
            }
            for (int j = 0; j < act.related().size(); j++) {
                String id = act.related().get(j);
                if (dataset.activity(id).isEmpty()) {
                    valid = false;
                    violation(context, "unknown activity '" + id + "'", "activities", i, "related", j);
                }
            }
        }
        return valid;
    }

    private static boolean hasCycle(Dataset dataset, Agency start) {
        Set<String> seen = new HashSet<>();
        Optional<Agency> current = Optional.of(start);
        while (current.isPresent()) {
            if (!seen.add(current.get().id())) {
                return true;
            }
            current = current.get().parentId().flatMap(dataset::agency);
        }
        return false;
    }

    private static String unknownAgency(Dataset dataset, String id) {
        List<String> suggestions = dataset.suggestAgencies(id);
        return "unknown agency '" + id + "'" + (suggestions.isEmpty() ? "" : ", did you mean '"
                + String.join("' or '", suggestions) + "'?");
    }

    private static void violation(ConstraintValidatorContext context, String message, String collection,
            int index, String property, int innerIndex) {
        var builder = context.buildConstraintViolationWithTemplate(escape(message))
                .addPropertyNode(collection);
        if (innerIndex < 0) {
            builder.addPropertyNode(property).inIterable().atIndex(index).addConstraintViolation();
        } else if (property.equals("participants")) {
            builder.addPropertyNode(property).inIterable().atIndex(index)
                    .addPropertyNode("agencyId").inIterable().atIndex(innerIndex).addConstraintViolation();
        } else {
            builder.addPropertyNode(property).inIterable().atIndex(index)
                    .addBeanNode().inIterable().atIndex(innerIndex).addConstraintViolation();
        }
    }

    /** Message templates treat braces, dollar signs and backslashes as syntax; user data must not. */
    private static String escape(String message) {
        return message.replaceAll("([\\\\{}$])", "\\\\$1");
    }
}
