package uk.gov.york.inclusion.workflow;

/** Text cells of the product's CSV exports. */
public final class CsvCells {

    private CsvCells() {}

    /** Stops a spreadsheet reading typed text such as {@code =HYPERLINK(…)} as a formula, by prefixing a quote. */
    public static String text(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
