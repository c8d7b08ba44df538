package uk.gov.york.inclusion.schooldata;

import java.util.List;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/** A school data file with at least one bad line; nothing of it was saved, and every bad line is listed. */
public class SchoolDataRejectedException extends InvalidInputException {

    private final transient List<LineError> errors;

    public SchoolDataRejectedException(List<LineError> errors) {
        super(
                "file",
                "The file was not imported because " + errors.size()
                        + (errors.size() == 1 ? " line has a problem" : " lines have problems")
                        + ": correct them and upload the whole file again.");
        this.errors = List.copyOf(errors);
    }

    public List<LineError> getErrors() {
        return errors;
    }
}
