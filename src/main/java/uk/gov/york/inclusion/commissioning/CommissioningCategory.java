package uk.gov.york.inclusion.commissioning;

import java.util.Arrays;
import java.util.stream.Collectors;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/** The kinds of support a cluster commissions, with the codes the forms submit. */
public enum CommissioningCategory {
    SEMH_OUTREACH("semh-outreach", "SEMH outreach"),
    SPECIAL_SCHOOL_OUTREACH("special-school-outreach", "Special school outreach"),
    EDUCATIONAL_PSYCHOLOGY("educational-psychology", "Educational psychology"),
    TRAINING("training", "Training"),
    SCHOOL_WELLBEING_WORKER("school-wellbeing-worker", "School Wellbeing Worker"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    CommissioningCategory(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public static CommissioningCategory fromCode(String field, Object code) {
        return Arrays.stream(values())
                .filter(category -> category.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        field,
                        "Category '" + code + "' is not known: choose one of "
                                + Arrays.stream(values()).map(c -> c.code).collect(Collectors.joining(", ")) + "."));
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
