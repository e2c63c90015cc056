package org.lime4j.tabular;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses the names of this package's configuration enums, so each rejects bad text alike. */
final class EnumNames {
    private EnumNames() {}

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
