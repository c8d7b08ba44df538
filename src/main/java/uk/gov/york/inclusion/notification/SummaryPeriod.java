package uk.gov.york.inclusion.notification;

import java.time.Instant;
import uk.gov.york.inclusion.budget.FinancialYear;

/**
 * The time one Schools Forum summary covers: from the end of the previous summary (or the start of the financial
 * year for the first) to when this one was composed. {@code previousSummaryId} is null for the first summary.
 */
public record SummaryPeriod(
        Long summaryId, Long previousSummaryId, Instant start, Instant end, FinancialYear financialYear) {}
