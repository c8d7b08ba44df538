package uk.gov.york.inclusion.capital;

import java.util.Arrays;
import java.util.stream.Collectors;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/** The kinds of inclusive mainstream provision a capital bid may fund, with the codes the forms submit. */
public enum ProvisionKind {
    ALTERNATIVE_PROVISION("alternative-provision", "Cluster-based alternative provision"),
    SPEECH_LANGUAGE_COMMUNICATION("slcn-provision", "Speech, language and communication needs provision"),
    SEMH_PROVISION("semh-provision", "SEMH provision"),
    ACCESSIBILITY("accessibility", "Accessibility and sensory adaptations"),
    OTHER("other", "Other inclusive provision");

    private final String code;
    private final String label;

    ProvisionKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    static ProvisionKind fromCode(String field, Object code) {
        return Arrays.stream(values())
                .filter(kind -> kind.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        field,
                        "Kind of provision '" + code + "' is not known: choose one of "
                                + Arrays.stream(values()).map(kind -> kind.code).collect(Collectors.joining(", "))
                                + "."));
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
