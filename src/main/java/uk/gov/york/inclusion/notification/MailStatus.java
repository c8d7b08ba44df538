package uk.gov.york.inclusion.notification;

/** Where a recorded message stands. */
public enum MailStatus {
    /** Recorded and waiting for the send step. */
    QUEUED,
    /** Handed to the mail server. */
    SENT,
    /** Kept in the record only, because no mail server is configured or nobody has an address to send it to. */
    NOT_SENT
}
