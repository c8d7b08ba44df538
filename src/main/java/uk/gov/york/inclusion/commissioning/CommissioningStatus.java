package uk.gov.york.inclusion.commissioning;

/** Stage of a commissioning request, from review to closing. */
public enum CommissioningStatus {
    /** Back with the cluster lead: short of funds or returned by a reviewer. */
    AWAITING_AMENDMENT,
    IN_REVIEW,
    /** Approved and its money committed; finance records spend against it. */
    COMMISSIONED,
    REJECTED,
    WITHDRAWN,
    /** Delivery finished and any unspent money released. */
    CLOSED
}
