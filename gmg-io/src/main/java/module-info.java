/**
 * Reading, validating and writing GMG datasets as JSON and NDJSON, CSV export, the JSON Schemas and the bundled
 * dataset (see {@link dev.gmg.io}). A module that requires this one also reads {@code dev.gmg.model}, whose types
 * its API returns.
 */
module dev.gmg.io {
    requires transitive dev.gmg.model;
    // GmgModule, a public type of this module, is a Jackson module.
    requires transitive tools.jackson.databind;
    requires tools.jackson.core;
    requires tools.jackson.dataformat.csv;
    requires org.hibernate.validator;
    requires java.logging;

    exports dev.gmg.io;
    // The bundled dataset and the JSON Schemas are resources in this package that users read
    // (Datasets.HLD_2014_RESOURCE, GmgJson.DATASET_SCHEMA); another module sees a package's resources only if
    // the package is open.
    opens dev.gmg.io;

    provides tools.jackson.databind.JacksonModule with dev.gmg.io.GmgModule;
}
