package dev.gmg.model;

import static dev.gmg.model.ModelTestSupport.activity;
import static dev.gmg.model.ModelTestSupport.agency;
import static dev.gmg.model.ModelTestSupport.metadata;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that every Bean Validation constraint of the model is reported. Hibernate Validator ignores
 * constraints on accessors not named get* or is* unless told otherwise, so this test configures the same
 * property selection the SDK's reader uses: any public no-argument method that returns a value.
 */
class ConstraintsTest {

    private static jakarta.validation.ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void setUp() {
        factory = Validation.byProvider(HibernateValidator.class).configure()
                .getterPropertySelectionStrategy(new GetterPropertySelectionStrategy() {
                    @Override
                    public Optional<String> getProperty(ConstrainableExecutable e) {
                        return e.getParameterTypes().length == 0 && e.getReturnType() != void.class
                                ? Optional.of(e.getName()) : Optional.empty();
                    }

                    @Override
                    public List<String> getGetterMethodNameCandidates(String propertyName) {
                        return List.of(propertyName);
                    }
                })
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void tearDown() {
        factory.close();
    }

    private static Set<String> violations(Object o) {
        Set<ConstraintViolation<Object>> v = validator.validate(o);
        return v.stream().map(c -> c.getPropertyPath() + ": " + c.getMessage()).collect(Collectors.toSet());
    }

    private static Dataset dataset(Activity activity, Agency... agencies) {
        return Dataset.builder().metadata(metadata()).addAgencies(agency("UNCTAD", "UNCTAD"))
                .addAgencies(agencies).addActivities(activity).build();
    }

    @Test
    void aValidDatasetHasNoViolations() {
        assertThat(violations(dataset(activity("a-b").build()))).isEmpty();
    }

    @Test
    void activityIdFormatAndLength() {
        assertThat(violations(activity("Not A Slug").build()))
                .containsExactly("id: must be lower-case letters and digits joined by single hyphens");
        assertThat(violations(activity("ab").build())).containsExactly("id: size must be between 3 and 80");
    }

    @Test
    void titleAndSummaryMustNotBeBlankOrHuge() {
        assertThat(violations(activity("a-b").title(" ").build())).containsExactly("title: must not be blank");
        assertThat(violations(activity("a-b").title("x".repeat(301)).build()))
                .containsExactly("title: size must be between 0 and 300");
        assertThat(violations(activity("a-b").summary("").build())).containsExactly("summary: must not be blank");
        assertThat(violations(activity("a-b").summary("x".repeat(2001)).build()))
                .containsExactly("summary: size must be between 0 and 2000");
    }

    @Test
    void participantAgencyIdFormat() {
        assertThat(violations(activity("a-b").participants(List.of(Participant.of("UN Women", Role.LEAD))).build()))
                .containsExactly("participants[0].agencyId: must be an agency id like UN-Women");
    }

    @Test
    void partOfAndRelatedMustBeActivityIds() {
        assertThat(violations(activity("a-b").partOf("Bad Id").build()))
                .containsExactly("partOf: must be an activity id");
        assertThat(violations(activity("a-b").addRelated("ok-id", "Bad Id").build()))
                .containsExactly("related[1].<list element>: must be an activity id");
    }

    @Test
    void sourceSectionAndParagraph() {
        assertThat(violations(activity("a-b").sources(List.of(SourceRef.builder().section("2.9.1")
                .paragraph(0).subheading("").build())).build()))
                .containsExactlyInAnyOrder("sources[0].section: must be a section number like 2.6 or 3",
                        "sources[0].paragraph: must be greater than 0",
                        "sources[0].subheading: size must be between 1 and 200");
    }

    @Test
    void agencyIdNameParentAndAliases() {
        Agency bad = Agency.builder().id("un women").name(" ").kind(AgencyKind.UNIT).parentId("un esco")
                .addAliases(" ").build();
        assertThat(violations(bad)).containsExactlyInAnyOrder(
                "id: must be letters and digits joined by single hyphens, like UN-Women",
                "name: must not be blank",
                "parentId: must be an agency id like UNESCO",
                "aliases[0].<list element>: must not be blank");
        assertThat(violations(Agency.builder().from(agency("A", "a")).id("A".repeat(41)).build()))
                .containsExactly("id: size must be between 0 and 40");
    }

    @Test
    void metadataFields() {
        DatasetMetadata m = DatasetMetadata.builder().from(metadata()).title("").publisher("").version("")
                .migrantStock(List.of(MigrantStock.of(1800, 0))).build();
        assertThat(violations(m)).containsExactlyInAnyOrder("title: must not be blank",
                "publisher: must not be blank", "version: must not be blank",
                "migrantStock[0].year: must be greater than or equal to 1900",
                "migrantStock[0].millions: must be greater than 0");
        assertThat(violations(MigrantStock.of(2101, 1))).containsExactly("year: must be less than or equal to 2100");
    }

    @Test
    void datasetCascadesIntoEveryElement() {
        Dataset d = dataset(activity("a-b").title("").build(), Agency.builder().from(agency("X", "x")).name("").build());
        assertThat(violations(d)).containsExactlyInAnyOrder("activities[0].title: must not be blank",
                "agencies[1].name: must not be blank");
    }

    @Test
    void everyDanglingReferenceIsReportedAtItsPath() {
        Activity a = activity("a-b")
                .participants(List.of(Participant.of("UNCTAD", Role.LEAD), Participant.of("UNCATD", Role.PARTNER)))
                .partOf("no-such-activity")
                .addRelated("also-missing")
                .build();
        Agency orphan = Agency.builder().from(agency("UIS", "UNESCO Institute for Statistics")).parentId("UNESCO")
                .build();
        assertThat(violations(dataset(a, orphan))).containsExactlyInAnyOrder(
                "activities[0].participants[1].agencyId: unknown agency 'UNCATD', did you mean 'UNCTAD'?",
                "activities[0].partOf: unknown activity 'no-such-activity'",
                "activities[0].related[0]: unknown activity 'also-missing'",
                "agencies[1].parentId: unknown agency 'UNESCO'");
    }

    @Test
    void agencyCyclesAreReported() {
        Agency a = Agency.builder().from(agency("AA", "a")).parentId("BB").build();
        Agency b = Agency.builder().from(agency("BB", "b")).parentId("AA").build();
        assertThat(violations(dataset(activity("a-b").build(), a, b))).containsExactlyInAnyOrder(
                "agencies[1].parentId: agency 'AA' is its own ancestor",
                "agencies[2].parentId: agency 'BB' is its own ancestor");
    }

    @Test
    void messagesWithBracesFromDataAreNotInterpolated() {
        Activity a = activity("a-b").participants(List.of(Participant.of("X-1", Role.LEAD))).build();
        assertThat(violations(dataset(a))).containsExactly(
                "activities[0].participants[0].agencyId: unknown agency 'X-1'");
    }
}
