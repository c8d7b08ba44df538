package uk.gov.york.inclusion.capital;

import java.math.BigDecimal;

/**
 * Published when an inclusion officer returns a bid to its lead for more information, in that step's transaction.
 * {@code version} is the bid version returned: each version is returned at most once, so the bid's id and version
 * identify this return.
 */
public record CapitalBidReturned(
        Long bidId,
        String reference,
        String clusterCode,
        String title,
        BigDecimal amount,
        int version,
        String submittedBy,
        String comment,
        String returnedBy) {}
