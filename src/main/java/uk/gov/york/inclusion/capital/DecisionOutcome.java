package uk.gov.york.inclusion.capital;

import java.util.Arrays;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/** The Assistant Director's decision on a scored bid, with the codes the decision form submits. */
public enum DecisionOutcome {
    AWARD_IN_FULL("award", "Award in full"),
    AWARD_WITH_CONDITIONS("award-with-conditions", "Award with conditions"),
    AWARD_REDUCED("award-reduced", "Award a reduced amount"),
    DEFER("defer", "Defer to the next round"),
    REJECT("reject", "Reject");

    private final String code;
    private final String label;

    DecisionOutcome(String code, String label) {
        this.code = code;
        this.label = label;
    }

    static DecisionOutcome fromCode(String field, Object code) {
        return Arrays.stream(values())
                .filter(outcome -> outcome.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        field,
                        "Decision '" + code + "' is not known: choose award, award-with-conditions, award-reduced,"
                                + " defer or reject."));
    }

    boolean awards() {
        return this == AWARD_IN_FULL || this == AWARD_WITH_CONDITIONS || this == AWARD_REDUCED;
    }

    /** Returns the route the process takes after the decision: {@code award}, {@code defer} or {@code reject}. */
    String route() {
        return awards() ? "award" : code;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
