package org.lime4j.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * Reads and writes explanations as JSON in the versioned schema described in
 * {@code docs/json-schema.md}. Keys are sorted and numbers written in full precision, so equal
 * explanations give equal text. Thread-safe.
 */
public final class ExplanationJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(com.fasterxml.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ExplanationJson() {}

    /**
     * Writes an explanation, its run information included.
     *
     * @param explanation the explanation
     * @return compact JSON text
     */
    public static String toJson(Explanation explanation) {
        try {
            return MAPPER.writeValueAsString(explanation);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write explanation as JSON", e);
        }
    }

    /**
     * Writes an explanation in indented form, its run information included.
     *
     * @param explanation the explanation
     * @return indented JSON text
     */
    public static String toPrettyJson(Explanation explanation) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(explanation);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write explanation as JSON", e);
        }
    }

    /**
     * Writes the reproducible part of an explanation: everything except {@code run}. Two
     * explanations of the same inputs with the same seed give the same text whatever their thread
     * count or batch size.
     *
     * @param explanation the explanation
     * @return compact JSON text without the {@code run} member
     */
    public static String toCanonicalJson(Explanation explanation) {
        ObjectNode tree = MAPPER.valueToTree(explanation);
        tree.remove("run");
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write explanation as JSON", e);
        }
    }

    /**
     * Reads an explanation written by {@link #toJson} or {@link #toCanonicalJson}.
     *
     * @param json the text
     * @return the explanation
     * @throws IllegalArgumentException if the text is not an explanation of a known schema version
     */
    public static Explanation fromJson(String json) {
        Explanation explanation;
        try {
            explanation = MAPPER.readValue(json, Explanation.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid explanation JSON: " + e.getOriginalMessage(), e);
        }
        if (!Explanation.SCHEMA_VERSION.equals(explanation.schemaVersion())) {
            throw new IllegalArgumentException("unsupported explanation schema version '"
                    + explanation.schemaVersion() + "'; this library reads version "
                    + Explanation.SCHEMA_VERSION);
        }
        return explanation;
    }

    /**
     * Returns the shared mapper, configured for this schema, for callers that embed explanations
     * in larger documents.
     *
     * @return the mapper; do not reconfigure it
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
