package uk.gov.york.inclusion.notification;

/**
 * One section of the Schools Forum summary, one per business module that reports to the Forum. The summary shows the
 * sections in {@link #order()}; a new module adds its section as another implementation of this interface.
 */
public interface ForumSummarySection {

    /** Returns the section's position in the summary; lower comes first. */
    int order();

    /** Builds the section's table for the period, in the summary's transaction. */
    SummaryTable build(SummaryPeriod period);
}
