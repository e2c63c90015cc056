package org.lime4j.tabular.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lime4j.tabular.Column;

/**
 * Reads the dense form of Weka's ARFF format: {@code @attribute} lines with {@code numeric},
 * {@code real}, {@code integer} or a nominal list {@code {a, 'b c'}}, then comma-separated
 * {@code @data} rows. Nominal attributes become categorical columns whose codes index their
 * values; {@code integer} attributes become integer columns; {@code ?} is missing ({@code NaN}).
 * Sparse rows, strings and dates are not supported.
 */
public final class ArffReader {
    private ArffReader() {}

    /**
     * Reads an ARFF file.
     *
     * @param path the file, UTF-8
     * @return the columns and rows
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if the file is not UTF-8, an attribute type is unsupported
     *     or a row is malformed
     */
    public static TabularData read(Path path) throws IOException {
        List<Column> columns = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        boolean data = false;
        int lineNumber = 0;
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String text = line.trim();
                if (text.isEmpty() || text.startsWith("%")) {
                    continue;
                }
                String lower = text.toLowerCase(Locale.ROOT);
                if (data) {
                    rows.add(parseRow(text, columns, path, lineNumber));
                } else if (lower.startsWith("@attribute")) {
                    columns.add(parseAttribute(text.substring("@attribute".length()).trim(),
                            path, lineNumber));
                } else if (lower.startsWith("@data")) {
                    data = true;
                }
            }
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(path + " line " + (lineNumber + 1)
                    + " is not valid UTF-8 (" + e + "); save the file as UTF-8", e);
        }
        return new TabularData(columns, rows.toArray(new double[0][]));
    }

    private static Column parseAttribute(String text, Path path, int lineNumber) {
        String name;
        String rest;
        int end = -1;
        if (text.startsWith("'") || text.startsWith("\"")) {
            end = text.indexOf(text.charAt(0), 1);
            name = end < 0 ? "" : text.substring(1, end);
        } else {
            for (int i = 0; i < text.length() && end < 0; i++) {
                end = Character.isWhitespace(text.charAt(i)) ? i : -1;
            }
            name = end < 0 ? "" : text.substring(0, end);
        }
        rest = end < 0 ? "" : text.substring(end + 1).trim();
        if (name.isEmpty() || rest.isEmpty()) {
            throw new IllegalArgumentException(path + " line " + lineNumber + ": an attribute"
                    + " needs a name and a type, got '@attribute " + text + "'");
        }
        if (rest.startsWith("{")) {
            int close = rest.lastIndexOf('}');
            if (close < 0) {
                throw new IllegalArgumentException(path + " line " + lineNumber + ": the nominal"
                        + " values of attribute " + name + " have no closing '}'");
            }
            String inner = rest.substring(1, close);
            String[] values = splitValues(inner);
            return Column.categorical(name, values);
        }
        String type = rest.toLowerCase(Locale.ROOT);
        if (type.equals("numeric") || type.equals("real")) {
            return Column.numeric(name);
        }
        if (type.equals("integer")) {
            return Column.integer(name);
        }
        throw new IllegalArgumentException(path + " line " + lineNumber + ": attribute " + name
                + " has type " + rest + ", which is not supported; use numeric, real, integer"
                + " or a nominal list");
    }

    private static double[] parseRow(String text, List<Column> columns, Path path,
            int lineNumber) {
        String[] cells = splitValues(text);
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(path + " line " + lineNumber + " has "
                    + cells.length + " values but " + columns.size() + " attributes are declared");
        }
        double[] row = new double[cells.length];
        for (int j = 0; j < cells.length; j++) {
            Column column = columns.get(j);
            String cell = cells[j];
            if (cell.equals("?")) {
                row[j] = Double.NaN;
            } else if (column.isCategorical()) {
                int code = column.valueNames().indexOf(cell);
                if (code < 0) {
                    throw new IllegalArgumentException(path + " line " + lineNumber + ": value '"
                            + cell + "' of attribute " + column.name() + " is not one of "
                            + column.valueNames());
                }
                row[j] = code;
            } else {
                try {
                    row[j] = Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(path + " line " + lineNumber + ": value '"
                            + cell + "' of numeric attribute " + column.name()
                            + " is not a number", e);
                }
            }
        }
        return row;
    }

    /** Splits a comma-separated list whose items may be in single or double quotes. */
    private static String[] splitValues(String text) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\' && i + 1 < text.length()) {
                    value.append(text.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                } else {
                    value.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ',') {
                values.add(value.toString().trim());
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        values.add(value.toString().trim());
        return values.toArray(new String[0]);
    }
}
