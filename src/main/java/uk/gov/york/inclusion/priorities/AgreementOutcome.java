package uk.gov.york.inclusion.priorities;

/** A headteacher's answer to a plan revision; {@code PENDING} until they answer or the due date passes. */
public enum AgreementOutcome {
    PENDING,
    AGREED,
    COMMENTED,
    NO_ANSWER
}
