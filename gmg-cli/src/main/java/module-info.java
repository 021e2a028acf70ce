/** The {@code gmg} command line. Not an API: it exports nothing. */
module dev.gmg.cli {
    requires dev.gmg.io;
    requires dev.gmg.query;
    requires dev.gmg.report;
    requires info.picocli;

    // picocli reads the commands' annotated fields and methods reflectively.
    opens dev.gmg.cli to info.picocli;
}
