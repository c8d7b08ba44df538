package uk.gov.york.inclusion.commissioning;

/** Result of finance's last step on a commission, as the code the process routes on. */
public enum SpendOutcome {
    RECORDED("recorded"),
    EXCEEDS_COMMITMENT("exceeds-commitment"),
    CLOSED("closed");

    private final String code;

    SpendOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
