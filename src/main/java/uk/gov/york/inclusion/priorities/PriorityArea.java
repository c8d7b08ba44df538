package uk.gov.york.inclusion.priorities;

import java.util.Arrays;
import java.util.stream.Collectors;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/** The areas a cluster priority addresses, with the codes the forms submit. */
public enum PriorityArea {
    ATTENDANCE("attendance", "Attendance"),
    SEND_EHCP("send-ehcp", "SEND and EHCP needs"),
    SEMH("semh", "Social, emotional and mental health"),
    SPEECH_LANGUAGE_COMMUNICATION("speech-language-communication", "Speech, language and communication"),
    TRANSITIONS("transitions", "Transitions"),
    PARENTAL_ENGAGEMENT("parental-engagement", "Parental engagement"),
    ADAPTIVE_TEACHING("adaptive-teaching", "Adaptive teaching"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    PriorityArea(String code, String label) {
        this.code = code;
        this.label = label;
    }

    static PriorityArea fromCode(String field, String fieldLabel, Object code) {
        return Arrays.stream(values())
                .filter(area -> area.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        field,
                        fieldLabel + " '" + (code == null ? "" : code) + "' is missing or not known: choose one of "
                                + Arrays.stream(values()).map(a -> a.code).collect(Collectors.joining(", ")) + "."));
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
