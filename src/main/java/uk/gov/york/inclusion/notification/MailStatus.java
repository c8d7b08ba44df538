package uk.gov.york.inclusion.notification;

/** The state of a recorded message. */
public enum MailStatus {
    /** Recorded and waiting for the send step. */
    QUEUED,
    /** Handed to the mail server. */
    SENT,
    /** Kept in the record only, because no mail server is configured or no recipient has an address. */
    NOT_SENT
}
