package org.lime4j.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the black box computes, and so how its outputs are validated and explained. */
public enum Task {
    /** One probability per class; each output row must sum to 1. */
    CLASSIFICATION,
    /** One real value per input, or several of which one column is explained. */
    REGRESSION;

    /**
     * Parses a task name such as {@code "classification"}, ignoring case.
     *
     * @param text the name
     * @return the task
     * @throws IllegalArgumentException if the name is not a task, listing the allowed names
     */
    public static Task parse(String text) {
        return Names.parse(Task.class, "task", text);
    }

    /** Shared parser for the configuration enums, so every one rejects bad text the same way. */
    static final class Names {
        private Names() {}

        static <E extends Enum<E>> E parse(Class<E> type, String what, String text) {
            if (text != null) {
                String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
                for (E value : type.getEnumConstants()) {
                    if (value.name().equals(key)) {
                        return value;
                    }
                }
            }
            String allowed = Arrays.stream(type.getEnumConstants())
                    .map(value -> value.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            throw new IllegalArgumentException(
                    "unknown " + what + " '" + text + "'; allowed values are: " + allowed);
        }
    }
}
