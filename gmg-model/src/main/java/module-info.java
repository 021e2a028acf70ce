/**
 * The GMG SDK's value types (see {@link dev.gmg.model}). No JSON and no I/O beyond the model's own small
 * resources; its only run-time dependency is the Bean Validation API, whose constraints annotate the accessors.
 */
module dev.gmg.model {
    requires transitive jakarta.validation;
    // Immutables generates the implementations at compile time; nothing of it is needed at run time.
    requires static org.immutables.value;

    exports dev.gmg.model;
    // Helpers shared by the SDK's own modules, not API. Hibernate Validator instantiates the dataset's
    // reference constraint's validator, which lives here.
    exports dev.gmg.model.internal to dev.gmg.io, dev.gmg.query, dev.gmg.cli, dev.gmg.testing, org.hibernate.validator;
}
