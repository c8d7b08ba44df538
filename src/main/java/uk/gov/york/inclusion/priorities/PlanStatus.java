package uk.gov.york.inclusion.priorities;

/** Stage of a priority plan; the first three count as in progress. */
public enum PlanStatus {
    AWAITING_AGREEMENT,
    IN_REVIEW,
    RETURNED,
    APPROVED,
    SUPERSEDED,
    WITHDRAWN,
    /** Its process ended before approval, for example because an administrator deleted it in Cockpit. */
    CANCELLED;

    boolean inProgress() {
        return this == AWAITING_AGREEMENT || this == IN_REVIEW || this == RETURNED;
    }
}
