package uk.gov.york.inclusion.schooldata;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.gov.york.inclusion.cluster.School;

/**
 * Reads a school data file: a header row naming the columns, then one row per school. Lines starting with {@code #}
 * are comments. Collects every problem with its line number rather than stopping at the first.
 */
final class SchoolDataCsv {

    static final String SCHOOL = "school";
    static final String URN = "urn";
    static final List<String> FIGURE_COLUMNS = List.of(
            "pupils_on_roll", "ehcps", "sen_support", "primary_need", "attendance_rate", "persistent_absence_rate");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    /** A row that parsed, with the school it names and, when the row gave a URN the school lacks, that URN. */
    record Row(int line, School school, String newUrn, SchoolFigures figures) {}

    private final SchoolMatcher schools;
    private final List<LineError> errors = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final Map<Long, Integer> lineBySchool = new HashMap<>();

    private SchoolDataCsv(List<School> knownSchools) {
        this.schools = new SchoolMatcher(knownSchools);
    }

    /** Parses the text, or raises {@link SchoolDataRejectedException} listing every bad line. */
    static List<Row> parse(String text, List<School> knownSchools) {
        SchoolDataCsv csv = new SchoolDataCsv(knownSchools);
        csv.read(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (!csv.errors.isEmpty()) {
            throw new SchoolDataRejectedException(csv.errors);
        }
        return csv.rows;
    }

    private void read(String text) {
        if (text.isBlank()) {
            errors.add(new LineError(1, "The file is empty: it needs a header row and one row per school."));
            return;
        }
        if (text.indexOf('\0') >= 0) {
            errors.add(new LineError(1, "The file is not a CSV text file: save the spreadsheet as CSV (UTF-8)."));
            return;
        }
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(FORMAT)
                .get()) {
            if (!checkHeader(parser.getHeaderNames(), headerLine(text))) {
                return;
            }
            for (CSVRecord record : parser) {
                readRow(
                        record,
                        lineOf(text, record.getCharacterPosition()),
                        parser.getHeaderNames().size());
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // Commons CSV raises these for a malformed file, such as a quote that is never closed or a repeated
            // header; the message names the problem.
            errors.add(new LineError(1, "The file is not valid CSV: " + e.getMessage()));
        }
        if (errors.isEmpty() && rows.isEmpty()) {
            errors.add(new LineError(2, "The file has a header but no rows: add one row per school."));
        }
    }

    private boolean checkHeader(List<String> header, int line) {
        List<String> missing = new ArrayList<>(FIGURE_COLUMNS.stream()
                .filter(column -> !header.contains(column))
                .toList());
        if (!header.contains(SCHOOL) && !header.contains(URN)) {
            missing.add(0, "school or urn");
        }
        if (!missing.isEmpty()) {
            errors.add(new LineError(
                    line,
                    "The header lacks the columns " + String.join(", ", missing)
                            + ". A school data file starts with the header school,urn,"
                            + String.join(",", FIGURE_COLUMNS) + "."));
            return false;
        }
        return true;
    }

    private void readRow(CSVRecord record, int line, int columns) {
        if (!record.isConsistent()) {
            errors.add(new LineError(
                    line, "The row has " + record.size() + " values but the header has " + columns + " columns."));
            return;
        }
        List<String> rowErrors = new ArrayList<>();
        SchoolMatcher.Match match = schools.match(value(record, SCHOOL), value(record, URN), rowErrors);
        SchoolFigures figures = FigureParser.parse(record::get, rowErrors);
        if (match != null && rowErrors.isEmpty()) {
            Integer earlier = lineBySchool.putIfAbsent(match.school().getId(), line);
            if (earlier != null) {
                rowErrors.add(match.school().getName() + " is already on line " + earlier + ".");
            }
        }
        if (!rowErrors.isEmpty()) {
            rowErrors.forEach(message -> errors.add(new LineError(line, message)));
            return;
        }
        rows.add(new Row(line, match.school(), match.newUrn(), figures));
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) ? record.get(column) : "";
    }

    /** Returns the 1-based line number of a character offset, so a quoted value over several lines counts them. */
    private static int lineOf(String text, long offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Returns the line of the header: the first that is neither blank nor a comment. */
    private static int headerLine(String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                return i + 1;
            }
        }
        return 1;
    }
}
