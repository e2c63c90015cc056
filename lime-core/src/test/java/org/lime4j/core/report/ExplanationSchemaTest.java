package org.lime4j.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lime4j.core.Explanation;
import org.lime4j.core.ExplanationJson;

class ExplanationSchemaTest {
    static final String SCHEMA_RESOURCE = "/org/lime4j/core/explanation-1.0.schema.json";

    /** Loads the schema shipped in lime-core. */
    static Schema schema() {
        try (InputStream in = Explanation.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            assertThat(in).as("schema resource %s", SCHEMA_RESOURCE).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(text, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Error> validate(String json) {
        return schema().validate(json, InputFormat.JSON);
    }

    private static Explanation classification() {
        return LogisticFixture.explain(new double[] {1, 0.5, -1, 2}, List.of("a", "b", "c", "d"),
                List.of("no", "yes"));
    }

    @Test
    void classificationJsonIsValid() {
        assertThat(validate(ExplanationJson.toJson(classification()))).isEmpty();
        assertThat(validate(ExplanationJson.toPrettyJson(classification()))).isEmpty();
    }

    @Test
    void canonicalJsonIsValid() {
        assertThat(validate(ExplanationJson.toCanonicalJson(classification()))).isEmpty();
        assertThat(validate(ExplanationJson.toJson(classification().withoutRun()))).isEmpty();
    }

    @Test
    void regressionJsonIsValid() {
        Explanation regression = LogisticFixture.explainRegression(new double[] {1, 2});

        assertThat(validate(ExplanationJson.toJson(regression))).isEmpty();
    }

    @Test
    void textJsonWithSpansIsValid() {
        String text = "good food, bad service";
        Explanation explanation = LogisticFixture.explainFeatures(new double[] {1, 0.5, -1, 2},
                LogisticFixture.wordFeatures(text, "good", "bad", "service", "food"),
                List.of("negative", "positive"));

        assertThat(validate(ExplanationJson.toJson(explanation))).isEmpty();
    }

    @Test
    void nanWrittenAsStringIsValid() {
        // Jackson writes a NaN score, as a model constant over the samples can give, as "NaN".
        ObjectNode tree = ExplanationJson.mapper().valueToTree(classification());
        ((ObjectNode) tree.get("labels").get(0)).put("score", "NaN");

        assertThat(validate(tree.toString())).isEmpty();
    }

    @Test
    void missingSeedIsRejected() {
        ObjectNode tree = ExplanationJson.mapper().valueToTree(classification());
        tree.remove("seed");

        assertThat(validate(tree.toString())).extracting(Error::getMessage)
                .anyMatch(message -> message.contains("seed"));
    }

    @Test
    void unknownTaskIsRejected() {
        ObjectNode tree = ExplanationJson.mapper().valueToTree(classification());
        tree.put("task", "clasification");

        assertThat(validate(tree.toString())).isNotEmpty();
    }

    @Test
    void otherSchemaVersionIsRejected() {
        ObjectNode tree = ExplanationJson.mapper().valueToTree(classification());
        tree.put("schemaVersion", "2.0");

        assertThat(validate(tree.toString())).isNotEmpty();
    }

    @Test
    void schemaListsEveryRecordComponent() throws IOException {
        JsonNode schema;
        try (InputStream in = Explanation.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            schema = ExplanationJson.mapper().readTree(in);
        }
        List<String> properties = new ArrayList<>();
        for (Iterator<String> names = schema.get("properties").fieldNames(); names.hasNext(); ) {
            properties.add(names.next());
        }
        List<String> components = Arrays.stream(Explanation.class.getRecordComponents())
                .map(component -> component.getName()).toList();

        assertThat(properties).containsExactlyInAnyOrderElementsOf(components);
    }
}
