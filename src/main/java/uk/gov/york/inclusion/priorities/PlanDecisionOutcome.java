package uk.gov.york.inclusion.priorities;

import uk.gov.york.inclusion.workflow.InvalidInputException;

/** An inclusion officer's decision on a plan revision, with the codes the review form submits. */
public enum PlanDecisionOutcome {
    APPROVE("approve"),
    RETURN("return");

    private final String code;

    PlanDecisionOutcome(String code) {
        this.code = code;
    }

    static PlanDecisionOutcome fromCode(String field, Object code) {
        for (PlanDecisionOutcome outcome : values()) {
            if (outcome.code.equals(code)) {
                return outcome;
            }
        }
        throw new InvalidInputException(field, "Decision is missing or not known: choose approve or return.");
    }

    public String code() {
        return code;
    }
}
