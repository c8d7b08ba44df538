package uk.gov.york.inclusion.capital;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.york.inclusion.workflow.FormValues;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * The cluster priority a bid serves: a position in the cluster's approved plan for a financial year, or none with a
 * reason. The form's {@code priority} field submits {@code "2026-27/3"} or {@code "none"}.
 *
 * @param position the priority's position in the plan, or null for none
 * @param noPriorityReason why the bid serves no priority, or null when it serves one
 */
record BidPriority(Integer position, String noPriorityReason) {

    static final String NONE = "none";
    private static final Pattern YEAR_AND_POSITION = Pattern.compile("(\\d{4}-\\d{2})/([1-9]\\d?)");

    /**
     * Reads the {@code priority} and {@code noPriorityReason} fields and checks their form only. {@link BidSubmission}
     * checks the choice against the cluster's approved plan for the round's year.
     */
    static BidPriority read(FormValues values) {
        String priority = values.text("priority", "Cluster priority", 20);
        String reason =
                values.optionalText("noPriorityReason", "Why no cluster priority", FormValues.MAXIMUM_TEXT_LENGTH);
        if (NONE.equals(priority)) {
            if (reason == null) {
                throw new InvalidInputException(
                        "noPriorityReason", "Why no cluster priority is missing: say why the bid serves none.");
            }
            return new BidPriority(null, reason);
        }
        Matcher matcher = YEAR_AND_POSITION.matcher(priority);
        if (!matcher.matches()) {
            throw new InvalidInputException(
                    "priority",
                    "Cluster priority '" + priority + "' is not valid: choose a priority of the cluster's plan, or"
                            + " none.");
        }
        return new BidPriority(Integer.valueOf(matcher.group(2)), null);
    }

    /** Writes the value the form's select submits back, for forms that show the bid again. */
    String formValue(String financialYear) {
        return position == null ? NONE : financialYear + "/" + position;
    }
}
