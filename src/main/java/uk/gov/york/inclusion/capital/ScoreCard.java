package uk.gov.york.inclusion.capital;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.VariableScope;
import uk.gov.york.inclusion.workflow.FormValues;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/** One panel member's marks for a bid: 1 to 5 on each of the five criteria, a recommendation and a comment. */
record ScoreCard(
        int needAndEvidence,
        int impactOnInclusion,
        int valueForMoney,
        int deliverability,
        int sustainability,
        Recommendation recommendation,
        String comment) {

    /** The scoring form's fields with the criteria's names as the panel reads them. */
    static final String[][] CRITERIA = {
        {"needScore", "Need and evidence"},
        {"impactScore", "Impact on inclusion"},
        {"valueScore", "Value for money"},
        {"deliverabilityScore", "Deliverability"},
        {"sustainabilityScore", "Sustainability"}
    };

    static ScoreCard read(VariableScope variables) {
        FormValues values = FormValues.of(variables);
        int[] marks = new int[CRITERIA.length];
        for (int i = 0; i < CRITERIA.length; i++) {
            marks[i] = mark(CRITERIA[i][0], CRITERIA[i][1], values.raw(CRITERIA[i][0]));
        }
        return new ScoreCard(
                marks[0],
                marks[1],
                marks[2],
                marks[3],
                marks[4],
                Recommendation.fromCode("recommendation", values.raw("recommendation")),
                values.text("scoreComment", "Comment", FormValues.MAXIMUM_TEXT_LENGTH));
    }

    /** Reads a whole mark from 1 to 5, whether Tasklist sent it as text (a select) or as a number. */
    private static int mark(String field, String label, Object raw) {
        if (raw == null || raw.toString().isBlank()) {
            throw new InvalidInputException(field, label + " is missing: give a mark from 1 to 5.");
        }
        BigDecimal mark;
        try {
            mark = new BigDecimal(raw.toString().trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    field, label + " '" + raw + "' is not a mark: give a whole number from 1 to 5.");
        }
        if (mark.stripTrailingZeros().scale() > 0
                || mark.compareTo(BigDecimal.ONE) < 0
                || mark.compareTo(BigDecimal.valueOf(5)) > 0) {
            throw new InvalidInputException(
                    field, label + " " + raw + " is outside 1 to 5: give a whole number from 1 to 5.");
        }
        return mark.intValueExact();
    }
}
