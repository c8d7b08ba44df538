package uk.gov.york.inclusion.schooldata;

/** A problem with one line of an imported file; line 1 is the header. */
public record LineError(int line, String message) {

    @Override
    public String toString() {
        return "Line " + line + ": " + message;
    }
}
