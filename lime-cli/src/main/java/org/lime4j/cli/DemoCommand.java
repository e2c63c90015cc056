package org.lime4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.lime4j.core.Explanation;
import org.lime4j.core.Stability;
import org.lime4j.core.report.HtmlReport;
import org.lime4j.core.report.ReportContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code lime demo}: explanations of real models on data shipped in the jar. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs a built-in demo on real data and writes its report.",
        subcommands = {DemoCommand.Credit.class, DemoCommand.Spam.class, DemoCommand.Digits.class})
final class DemoCommand implements Runnable {
    /** The folder of the demo resources on the class path. */
    static final String RESOURCES = "/org/lime4j/cli/demo/";

    @ParentCommand
    Main main;

    @Override
    public void run() {
        throw new InputException("missing a demo name: credit, spam or digits; see lime demo --help");
    }

    /** Copies a demo resource to a temporary file, for readers that take a path. */
    static Path extract(String name) throws IOException {
        Path file = Files.createTempFile("lime-demo-", "-" + name);
        file.toFile().deleteOnExit();
        try (InputStream in = open(name)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** Opens a demo resource. */
    static InputStream open(String name) {
        InputStream in = DemoCommand.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("demo resource " + name
                    + " is missing from the jar; rebuild lime-cli"));
        }
        return in;
    }

    /**
     * Measures the explanation's stability under more seeds, writes a demo's single report and
     * prints where it went.
     */
    static void write(Main main, CommonOptions common, Explanation explanation,
            ReportContext context, CommonOptions.SeedExplainer again) throws IOException {
        ReportFolder folder = ReportFolder.open(main.resolve(common.output), common.force);
        Stability stability;
        try {
            stability = common.stability(explanation, again);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the stability runs failed: " + e.getMessage(), e);
        }
        folder.writeSingle(explanation, context.withStability(stability));
        main.out().println(HtmlReport.decision(explanation));
        main.out().println("Report: " + folder.path().resolve("index.html"));
        main.out().println("JSON:   " + folder.path().resolve("explanation.json"));
    }

    /** {@code lime demo credit}. */
    @Command(name = "credit", mixinStandardHelpOptions = true,
            description = "Trains a random forest on German credit data and explains a refused"
                    + " application.")
    static final class Credit implements java.util.concurrent.Callable<Integer> {
        @ParentCommand
        DemoCommand demo;

        @Mixin
        CommonOptions common;

        @Override
        public Integer call() throws IOException {
            CreditDemo.run(demo.main, common);
            return 0;
        }
    }

    /** {@code lime demo spam}. */
    @Command(name = "spam", mixinStandardHelpOptions = true,
            description = "Trains a naive Bayes spam filter on SMS messages and explains why it"
                    + " flags a message as spam.")
    static final class Spam implements java.util.concurrent.Callable<Integer> {
        @ParentCommand
        DemoCommand demo;

        @Mixin
        CommonOptions common;

        @Override
        public Integer call() throws IOException {
            SpamDemo.run(demo.main, common);
            return 0;
        }
    }

    /** {@code lime demo digits}. */
    @Command(name = "digits", mixinStandardHelpOptions = true,
            description = "Explains the pretrained MNIST CNN (ONNX) on a handwritten digit.")
    static final class Digits implements java.util.concurrent.Callable<Integer> {
        @ParentCommand
        DemoCommand demo;

        @Mixin
        CommonOptions common;

        @Override
        public Integer call() throws Exception {
            DigitsDemo.run(demo.main, common);
            return 0;
        }
    }
}
