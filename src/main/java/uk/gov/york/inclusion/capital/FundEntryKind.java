package uk.gov.york.inclusion.capital;

/** Kind of capital fund ledger entry. */
public enum FundEntryKind {
    /** A change to the fund's amount set by an administrator; negative when the amount is lowered. */
    ALLOCATION,
    /** Money awarded to a bid by the Assistant Director. */
    AWARD,
    /** The unspent rest of an award handed back to the fund when the award closes. */
    RELEASE,
    /** Capital spent against an award: a drawdown. */
    SPEND
}
