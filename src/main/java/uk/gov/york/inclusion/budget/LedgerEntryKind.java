package uk.gov.york.inclusion.budget;

/** What a ledger entry does to a cluster's money. Every entry's amount is positive; the kind gives the direction. */
public enum LedgerEntryKind {
    /** Money set aside for an approved request. */
    COMMITMENT,
    /** Part of a commitment handed back, for example the unspent rest when a commission closes. */
    RELEASE,
    /** Money paid out against a commitment, such as an invoice. */
    SPEND
}
