package uk.gov.york.inclusion.commissioning;

import java.math.BigDecimal;

/** Published when a reviewer rejects a request; {@code decisionId} is the stored review decision. */
public record CommissioningRequestRejected(
        Long requestId,
        String reference,
        String clusterCode,
        BigDecimal amount,
        String submittedBy,
        String reason,
        String rejectedBy,
        Long decisionId) {}
