package org.lime4j.tabular.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lime4j.tabular.Column;

/**
 * Reads a comma-separated file whose first line names the columns. A column whose every
 * non-missing cell parses as a number is numeric; any other column is categorical, its values
 * named in order of first appearance. Empty cells and {@code ?} are missing ({@code NaN}).
 * Double quotes may enclose a cell, and {@code ""} inside them is one quote.
 */
public final class CsvReader {
    private CsvReader() {}

    /**
     * Reads a UTF-8 CSV file.
     *
     * @param path the file
     * @return the columns and rows
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if it is not UTF-8, has no header, has an empty header
     *     cell or a line with the wrong number of cells
     */
    public static TabularData read(Path path) throws IOException {
        List<String[]> lines = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(split(line, ','));
                }
            }
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(path + " is not valid UTF-8 after its first "
                    + lines.size() + " non-blank lines (" + e + "); save the file as UTF-8", e);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(path + " is empty; a header line is needed");
        }
        String[] header = lines.get(0);
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).length != header.length) {
                throw new IllegalArgumentException(path + " line " + (i + 1) + " has "
                        + lines.get(i).length + " cells but the header has " + header.length);
            }
        }
        for (int j = 0; j < header.length; j++) {
            if (header[j].isBlank()) {
                throw new IllegalArgumentException(path + " header cell " + (j + 1)
                        + " is empty; every column needs a name");
            }
        }
        List<Column> columns = new ArrayList<>();
        double[][] rows = new double[lines.size() - 1][header.length];
        for (int j = 0; j < header.length; j++) {
            columns.add(readColumn(header[j].trim(), j, lines, rows));
        }
        return new TabularData(columns, rows);
    }

    private static Column readColumn(String name, int j, List<String[]> lines, double[][] rows) {
        boolean numeric = true;
        for (int i = 1; i < lines.size() && numeric; i++) {
            String cell = lines.get(i)[j].trim();
            if (!isMissing(cell)) {
                try {
                    Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    numeric = false;
                }
            }
        }
        Map<String, Integer> codes = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String cell = lines.get(i)[j].trim();
            if (isMissing(cell)) {
                rows[i - 1][j] = Double.NaN;
            } else if (numeric) {
                rows[i - 1][j] = Double.parseDouble(cell);
            } else {
                rows[i - 1][j] = codes.computeIfAbsent(cell, key -> codes.size());
            }
        }
        return numeric ? Column.numeric(name)
                : Column.categorical(name, codes.keySet().toArray(new String[0]));
    }

    static boolean isMissing(String cell) {
        return cell.isEmpty() || cell.equals("?");
    }

    /** Splits one line at a separator outside double quotes. */
    static String[] split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells.toArray(new String[0]);
    }
}
