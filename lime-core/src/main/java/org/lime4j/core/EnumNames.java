package org.lime4j.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Parses the names of configuration enums given as text, so every module rejects a misspelled
 * mode the same way: case is ignored, {@code -} matches {@code _}, and an unknown name is an
 * error that lists the allowed names. Stateless and thread-safe.
 */
public final class EnumNames {
    private EnumNames() {}

    /**
     * Parses one enum name.
     *
     * @param <E> the enum type
     * @param type the enum class
     * @param what the setting's name for the error message, such as {@code "discretizer"}
     * @param text the name to parse, such as {@code "forward-selection"}
     * @return the constant
     * @throws IllegalArgumentException if the text names no constant, listing the allowed names
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String what, String text) {
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
