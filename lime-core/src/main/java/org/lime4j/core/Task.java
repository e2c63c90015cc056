package org.lime4j.core;

/** The kind of output a black box computes, which decides how it is validated and explained. */
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
        return EnumNames.parse(Task.class, "task", text);
    }
}
