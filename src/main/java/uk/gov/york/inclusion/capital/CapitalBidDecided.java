package uk.gov.york.inclusion.capital;

import java.math.BigDecimal;

/**
 * Published when the Assistant Director decides on a scored bid, in that step's transaction, so a decision whose
 * award fails for want of funds publishes nothing that lasts. {@code amountAwarded} is null when the decision awards
 * nothing, and {@code conditions} is null unless the award has conditions. {@code decisionId} is the stored decision.
 */
public record CapitalBidDecided(
        Long bidId,
        String reference,
        String clusterCode,
        String title,
        DecisionOutcome outcome,
        BigDecimal amountRequested,
        BigDecimal amountAwarded,
        String conditions,
        String reasons,
        String submittedBy,
        String decidedBy,
        Long decisionId) {}
