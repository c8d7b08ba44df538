package uk.gov.york.inclusion.capital;

import java.math.BigDecimal;

/**
 * Published when an inclusion officer returns a bid to its lead for more information, in that step's transaction.
 * {@code version} is the bid version returned. {@link BidCheck} returns only a submitted bid, and resubmitting raises
 * the version, so the bid's id and version identify this return.
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
