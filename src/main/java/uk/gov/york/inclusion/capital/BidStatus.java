package uk.gov.york.inclusion.capital;

/** Where a capital bid stands. */
public enum BidStatus {
    /** Waiting for an inclusion officer's check. */
    SUBMITTED,
    /** Sent back to the lead for more information. */
    RETURNED,
    /** Eligible and complete; waiting for its round to close. */
    ACCEPTED,
    /** With the capital panel. */
    SCORING,
    /** Scored by the panel; waiting for the Assistant Director's decision. */
    SCORED,
    /** Deferred by the Assistant Director; waits for the next round to open. */
    DEFERRED,
    /** Money awarded; drawdowns are being recorded. */
    AWARDED,
    REJECTED,
    WITHDRAWN,
    /** The award is closed and what was not spent went back to the fund. */
    CLOSED
}
