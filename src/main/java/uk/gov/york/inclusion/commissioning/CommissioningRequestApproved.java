package uk.gov.york.inclusion.commissioning;

import java.math.BigDecimal;

/**
 * Published when every approver has approved a request and its money is committed, in that step's transaction.
 * {@code approvedBy} names every approver of the final round, comma-separated, in the order they approved.
 */
public record CommissioningRequestApproved(
        Long requestId,
        String reference,
        String clusterCode,
        String category,
        String provider,
        String description,
        BigDecimal amount,
        String submittedBy,
        String approvedBy) {}
