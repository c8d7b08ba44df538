package uk.gov.york.inclusion.commissioning;

import java.math.BigDecimal;

/** Published when every approver has approved a request and its money is committed, in that step's transaction. */
public record CommissioningRequestApproved(
        Long requestId,
        String reference,
        String clusterCode,
        String category,
        String provider,
        BigDecimal amount,
        String submittedBy,
        String approvedBy) {}
