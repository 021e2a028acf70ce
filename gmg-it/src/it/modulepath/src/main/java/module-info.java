/** A consumer of the SDK on the module path: requiring io and query is enough to see the model. */
module example.consumer {
    requires dev.gmg.io;
    requires dev.gmg.query;
}
