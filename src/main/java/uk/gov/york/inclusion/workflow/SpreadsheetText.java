package uk.gov.york.inclusion.workflow;

/** Text for CSV exports that people open in a spreadsheet. */
public final class SpreadsheetText {

    /**
     * The UTF-8 byte order mark. Excel reads a CSV file without it in the computer's legacy code page, so "£" and
     * accented names come out garbled. With it, Excel reads the file as UTF-8.
     */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private SpreadsheetText() {}

    /** Stops a spreadsheet reading typed text such as {@code =HYPERLINK(…)} as a formula, by prefixing a quote. */
    public static String cell(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
