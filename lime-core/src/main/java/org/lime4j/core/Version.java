package org.lime4j.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The library's version, read from the properties file that the build filters. */
public final class Version {
    private static final String VERSION = load();

    private Version() {}

    /**
     * Returns the library's version, such as {@code 0.1.0-SNAPSHOT}.
     *
     * @return the version, or {@code unknown} when the build did not record it
     */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("lime4j-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
