package org.lime4j.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.lime4j.core.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code lime} command: explains predictions of a model with LIME (Ribeiro, Singh and
 * Guestrin, KDD 2016) and writes HTML and JSON reports.
 *
 * <p>Exit status: 0 when every input was explained, 1 when some inputs failed (each failure is
 * listed in the index page) or an unexpected error stopped the command, 2 for bad arguments or
 * input, with a message that names the option, file or row.
 */
@Command(name = "lime", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Explains predictions of a model with LIME and writes HTML and JSON reports.",
        subcommands = {TabularCommand.class, TextCommand.class, ImageCommand.class,
            DemoCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every input was explained", "1:some inputs failed, see index.html",
            "2:bad arguments or input"})
public final class Main implements Runnable {
    /** Exit status when some inputs could not be explained. */
    static final int SOME_FAILED = 1;
    /** Exit status for bad arguments or input. */
    static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    private final Path workingDirectory;
    private final PrintWriter out;
    private final PrintWriter err;
    private final List<String> args;

    private Main(Path workingDirectory, PrintWriter out, PrintWriter err, String[] args) {
        this.workingDirectory = workingDirectory;
        this.out = out;
        this.err = err;
        this.args = List.of(args);
    }

    /**
     * Runs the command and exits the JVM with its status.
     *
     * @param args the command line arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(execute(args, Path.of("").toAbsolutePath(), out, err));
    }

    /**
     * Runs the command with relative paths resolved against {@code workingDirectory}.
     *
     * @return the exit status
     */
    static int execute(String[] args, Path workingDirectory, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main(workingDirectory, out, err, args));
        commandLine.setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, cmd, parsed) -> {
            if (exception instanceof InputException) {
                err.println("lime: " + exception.getMessage());
                return BAD_INPUT;
            }
            err.println("lime: failed: " + exception);
            return SOME_FAILED;
        });
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing a subcommand: tabular, text, image or demo");
    }

    /** Resolves a path given on the command line against the working directory. */
    Path resolve(Path path) {
        return workingDirectory.resolve(path);
    }

    PrintWriter out() {
        return out;
    }

    /**
     * Returns the command that re-runs this invocation from the repository root: the jar and
     * every argument as given, each quoted for a POSIX shell where it needs it.
     */
    String rerunCommand() {
        StringBuilder line = new StringBuilder("java -jar lime-cli/target/lime.jar");
        for (String arg : args) {
            line.append(' ').append(shellQuote(arg));
        }
        return line.toString();
    }

    static String shellQuote(String arg) {
        if (!arg.isEmpty() && arg.matches("[A-Za-z0-9_./:=,@%+-]+")) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }

    PrintWriter err() {
        return err;
    }

    /** Prints the library version. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"lime " + Version.get()};
        }
    }
}
