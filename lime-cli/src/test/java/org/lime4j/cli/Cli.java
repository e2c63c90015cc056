package org.lime4j.cli;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.lime4j.core.Explanation;

/** Runs the command in a folder and keeps what it printed; helpers shared by the tests. */
final class Cli {
    final int status;
    final String out;
    final String err;

    private Cli(int status, String out, String err) {
        this.status = status;
        this.out = out;
        this.err = err;
    }

    static Cli run(Path workingDirectory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(args, workingDirectory, new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Cli(status, out.toString(), err.toString());
    }

    /** Validates JSON against the schema that lime-core ships. */
    static List<Error> validate(String json) {
        String resource = "/org/lime4j/core/explanation-1.0.schema.json";
        try (InputStream in = Explanation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema " + resource + " is not on the class path");
            }
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                            InputFormat.JSON);
            return schema.validate(json, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "exit " + status + "\nstdout:\n" + out + "\nstderr:\n" + err;
    }
}
