package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.Participant;
import dev.gmg.model.Role;
import dev.gmg.model.SourceRef;
import dev.gmg.model.Status;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules checked while binding an activity are exactly the model's Bean Validation constraints: for activities
 * that break each one, {@link Rules} and Hibernate Validator report the same paths and messages.
 */
class RulesTest {

    static Stream<UnaryOperator<dev.gmg.model.Activity.Builder>> breakages() {
        return Stream.of(
                b -> b,
                b -> b.id("Bad Id"),
                b -> b.id("ab"),
                b -> b.id("a--b"),
                b -> b.id("x".repeat(81)),
                b -> b.title("   "),
                b -> b.title("t".repeat(301)),
                b -> b.summary(""),
                b -> b.summary("s".repeat(2001)),
                b -> b.participants(List.of(Participant.of("not an id", Role.LEAD))),
                b -> b.partOf("Not-An-Id"),
                b -> b.addRelated("-x", "ok-id"),
                b -> b.addSources(SourceRef.of("12", 1)),
                b -> b.addSources(SourceRef.of("2.1", 0)),
                b -> b.addSources(dev.gmg.model.SourceRef.builder().section("2.0").subheading("")
                        .paragraph(3).build()),
                b -> b.addSources(dev.gmg.model.SourceRef.builder().section("3").subheading("h".repeat(201))
                        .paragraph(3).build()));
    }

    @ParameterizedTest
    @MethodSource("breakages")
    void rulesReportWhatBeanValidationReports(UnaryOperator<dev.gmg.model.Activity.Builder> change) {
        Activity a = change.apply(Activity.builder().id("ilo-workshop").title("Workshop").summary("A workshop.")
                .addActionPoints(ActionPoint.of(2)).addParticipants(Participant.of("ILO", Role.LEAD))
                .status(Status.PLANNED).kind(ActivityKind.MEETING)).build();
        Problems problems = new Problems();

        Rules.activity(a, Node.object(), "", problems);

        List<String> expected = BeanValidation.validate(a).stream().map(v -> v.path() + ": " + v.message()).sorted()
                .toList();
        List<String> actual = problems.isEmpty() ? List.of() : problems.exception("x").problems().stream()
                .map(p -> p.path() + ": " + p.expected().orElseThrow()).sorted().toList();
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void aValidActivityBreaksNoRule() {
        Problems problems = new Problems();
        Activity a = Activity.builder().id("ilo-workshop").title("Workshop").summary("A workshop.")
                .addActionPoints(ActionPoint.of(2)).addParticipants(Participant.of("UN-Women", Role.LEAD))
                .status(Status.PLANNED).kind(ActivityKind.MEETING).build();

        Rules.activity(a, Node.object(), "", problems);

        assertThat(problems.isEmpty()).isTrue();
        assertThat(BeanValidation.validate(a)).isEmpty();
    }
}
