package uk.gov.york.inclusion.budget;

/** Kind of ledger entry. Every amount is positive, and the kind gives its direction. */
public enum LedgerEntryKind {
    /** Money set aside for an approved request. */
    COMMITMENT,
    /** Part of a commitment handed back, for example the unspent rest when a commission closes. */
    RELEASE,
    /** Money paid out against a commitment, such as an invoice. */
    SPEND
}
