package dev.gmg.cli;

import dev.gmg.io.Datasets;
import dev.gmg.io.GmgFormatException;
import dev.gmg.model.DatasetMetadata;
import dev.gmg.model.UnknownReferenceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code gmg} command line: who does what, where and when, on the bundled data or a file of your own.
 *
 * <p>Exit codes: 0 success (also when nothing matches), 1 invalid data (a file given to {@code validate} or
 * {@code --data} is not a valid dataset), 2 usage error (unknown option, agency, place or code; a file that
 * cannot be read), 3 an internal error, which is a bug.
 *
 * <p>The top command and {@code query} are declared with picocli's programmatic API, the other subcommands with
 * its annotations: see {@link Options} for why.
 */
public final class Gmg implements Runnable {

    /** Exit code for a file that is not a valid dataset. */
    static final int INVALID_DATA = 1;
    /** Exit code for a usage error. */
    static final int USAGE = 2;
    /** Exit code for a bug. */
    static final int INTERNAL = 3;

    /**
     * The subcommands, in the order of {@code --help}. picocli reads every annotation of a command when it is
     * added, so {@link #execute(String...)} adds only the one a call names: that keeps start-up short.
     */
    private static final List<String> SUBCOMMANDS = List.of("query", "show", "agencies", "action-points", "matrix",
            "stats", "outcomes", "crosswalk", "export", "report", "validate", "diff", "jshell", "generate-completion",
            "help");

    /**
     * A new subcommand: an object picocli reads the annotations of, or a {@link CommandSpec}; a switch, not a table
     * of constructors, so that only the one named is loaded.
     */
    private static Object subcommand(String name) {
        return switch (name) {
            case "query" -> QueryCommand.spec();
            case "show" -> new ShowCommand();
            case "agencies" -> new AgenciesCommand();
            case "action-points" -> new ActionPointsCommand();
            case "matrix" -> new MatrixCommand();
            case "stats" -> new StatsCommand();
            case "outcomes" -> new OutcomesCommand();
            case "crosswalk" -> new CrosswalkCommand();
            case "export" -> new ExportCommand();
            case "report" -> new ReportCommand();
            case "validate" -> new ValidateCommand();
            case "diff" -> new DiffCommand();
            case "jshell" -> new JShellCommand();
            case "generate-completion" -> new AutoComplete.GenerateCompletion();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    private CommandSpec spec;

    private Gmg() {
    }

    /** The top command: its usage text, {@code --help} and {@code --version}; no subcommand yet. */
    private static CommandSpec spec() {
        Gmg gmg = new Gmg();
        CommandSpec spec = CommandSpec.wrapWithoutInspection(gmg).name("gmg").versionProvider(new Version());
        gmg.spec = spec;
        spec.usageMessage()
                .description("Who does what, where and when: the GMG agencies' follow-up to the 2013 UN High-level"
                        + " Dialogue on International Migration and Development, as data. Uses the bundled dataset"
                        + " unless --data is given.")
                .footer("", "Exit codes: 0 success, 1 invalid data, 2 usage error, 3 internal error.");
        Options.addHelp(spec);
        return spec;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        if (usesBundledData(args)) {
            Indexes.preload();
        }
        System.exit(execute(args));
    }

    /** (Loops, not streams: the first lambda of a run costs milliseconds, and this decides when preloading starts.) */
    private static boolean usesBundledData(String[] args) {
        if (args.length == 0 || !SUBCOMMANDS.contains(args[0])
                || List.of("help", "generate-completion", "jshell", "diff").contains(args[0])) {
            return false;
        }
        for (String a : args) {
            if (a.equals("--data") || a.startsWith("--data=") || a.equals("-h") || a.equals("--help")) {
                return false;
            }
        }
        return true;
    }

    /** Runs the command line with the given arguments, printing to standard out and error, and returns the exit code. */
    static int execute(String... args) {
        String named = args.length > 0 && SUBCOMMANDS.contains(args[0]) && !args[0].equals("help")
                && !args[0].equals("generate-completion") ? args[0] : null;
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true), named)
                .execute(args);
    }

    /** The command line with every subcommand. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, null);
    }

    /** The command line with only the named subcommand, or with all of them when {@code only} is null. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String only) {
        CommandLine cl = new CommandLine(spec());
        for (String name : SUBCOMMANDS) {
            if (only == null || only.equals(name)) {
                // its own CommandLine first: picocli applies a command's modelTransformer only there
                cl.addSubcommand(name, new CommandLine(subcommand(name)));
            }
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("gmg: " + Unmatched.message(ex));
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> handle(ex, c));
        return cl;
    }

    private static int handle(Exception ex, CommandLine c) {
        PrintWriter err = c.getErr();
        if (ex instanceof GmgFormatException e) {
            err.println("gmg: " + e.source().orElse("input") + " is not a valid dataset: "
                    + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s"));
            e.problems().forEach(p -> err.println("  " + p));
            return INVALID_DATA;
        }
        if (ex instanceof DataOption.TooLarge) {
            err.println("gmg: " + ex.getMessage());
            return INVALID_DATA;
        }
        if (ex instanceof UnknownReferenceException || ex instanceof UsageException) {
            err.println("gmg: " + ex.getMessage());
            return USAGE;
        }
        if (ex instanceof UncheckedIOException e) {
            err.println("gmg: " + e.getMessage());
            return USAGE;
        }
        err.println("gmg: internal error, please report it: " + ex);
        ex.printStackTrace(err);
        return INTERNAL;
    }

    /** A mistake in how the command was called, found after parsing (for example an unknown file type). */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /**
     * The SDK's version as the build wrote it ({@code build.properties}) and the bundled dataset's id and version
     * as its own metadata give them.
     */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties build = new Properties();
            try (InputStream in = Gmg.class.getResourceAsStream("build.properties")) {
                if (in != null) {
                    build.load(in);
                }
            }
            DatasetMetadata data = Datasets.hld2014().metadata();
            return new String[] {
                "gmg " + build.getProperty("version", "(development build)") + " (GMG SDK)",
                "dataset hld-2014, version " + data.version() + ": " + data.title(),
                "Java " + System.getProperty("java.version")};
        }
    }
}
