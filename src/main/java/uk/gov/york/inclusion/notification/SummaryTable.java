package uk.gov.york.inclusion.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A table in a message, such as one section of the Schools Forum summary: a heading, an optional note, column names
 * and rows of plain text. Columns named in {@code numericColumns} hold amounts and are right-aligned in HTML.
 */
public record SummaryTable(
        String heading,
        String note,
        List<String> columns,
        List<List<String>> rows,
        Set<Integer> numericColumns,
        String whenEmpty) {

    public SummaryTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        numericColumns = Set.copyOf(numericColumns);
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("Row " + row + " has " + row.size() + " cells, but " + heading
                        + " has " + columns.size() + " columns");
            }
        }
    }

    public boolean isNumeric(int column) {
        return numericColumns.contains(column);
    }

    /** Returns each row as one line of plain text: "Column: value" pairs, the first column leading. */
    public List<String> textRows() {
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder(row.get(0));
            for (int column = 1; column < columns.size(); column++) {
                line.append(column == 1 ? ": " : "; ")
                        .append(columns.get(column))
                        .append(' ')
                        .append(row.get(column));
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
