package dev.tether.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code memory-<name>.csv} file with the header
 * {@value #HEADER} (the bench convention for footprint mains).
 */
public final class MemoryCsvReader {
    /** The header every memory CSV starts with. */
    public static final String HEADER = "measurement,impl,count,totalBytes,bytesPerUnit,unit";
    private static final int COLUMNS = 6;

    private MemoryCsvReader() { }

    /**
     * Reads every row of a memory CSV. O(size of the file).
     *
     * @param file the file; its name without {@code .csv} becomes each row's file
     * @return the rows, in file order
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if the header or a row does not fit the convention
     */
    public static List<MemoryRow> read(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
            throw new IllegalArgumentException("memory CSV header is not " + HEADER + ": file=" + file);
        }
        List<MemoryRow> rows = new ArrayList<>(lines.size() - 1);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty()) {
                rows.add(row(name, line, file, i + 1));
            }
        }
        return rows;
    }

    private static MemoryRow row(String name, String line, Path file, int lineNumber) {
        String[] cells = line.split(",", -1);
        if (cells.length != COLUMNS) {
            throw new IllegalArgumentException("memory CSV row does not have " + COLUMNS
                    + " columns: file=" + file + " line=" + lineNumber + " columns=" + cells.length);
        }
        try {
            return new MemoryRow(name, cells[0], cells[1], Long.parseLong(cells[2]),
                    Long.parseLong(cells[3]), Double.parseDouble(cells[4]), cells[5]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("memory CSV row has a bad number: file=" + file
                    + " line=" + lineNumber + " row=" + line, e);
        }
    }
}
