package uk.gov.york.inclusion.commissioning;

import uk.gov.york.inclusion.workflow.InvalidInputException;

/** A reviewer's decision, with the codes the review form submits. */
public enum ReviewOutcome {
    APPROVE("approve"),
    RETURN("return"),
    REJECT("reject");

    private final String code;

    ReviewOutcome(String code) {
        this.code = code;
    }

    public static ReviewOutcome fromCode(String field, Object code) {
        for (ReviewOutcome outcome : values()) {
            if (outcome.code.equals(code)) {
                return outcome;
            }
        }
        throw new InvalidInputException(field, "Decision is missing or not known: choose approve, return or reject.");
    }

    /** Returns the outcome as the audit trail names it: approved, returned or rejected. */
    public String pastTense() {
        return switch (this) {
            case APPROVE -> "approved";
            case RETURN -> "returned";
            case REJECT -> "rejected";
        };
    }

    public String code() {
        return code;
    }
}
