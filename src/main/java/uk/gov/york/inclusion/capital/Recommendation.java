package uk.gov.york.inclusion.capital;

import java.util.Arrays;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/** A panel member's recommendation on a bid, with the codes the scoring form submits. */
public enum Recommendation {
    FUND("fund", "Fund"),
    FUND_WITH_CONDITIONS("fund-with-conditions", "Fund with conditions"),
    DO_NOT_FUND("do-not-fund", "Do not fund");

    private final String code;
    private final String label;

    Recommendation(String code, String label) {
        this.code = code;
        this.label = label;
    }

    static Recommendation fromCode(String field, Object code) {
        return Arrays.stream(values())
                .filter(recommendation -> recommendation.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        field,
                        "Recommendation '" + code + "' is not known: choose fund, fund-with-conditions or"
                                + " do-not-fund."));
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
