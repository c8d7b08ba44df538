package uk.gov.york.inclusion.commissioning;

import java.math.BigDecimal;

/**
 * Published when a request goes back to its lead: a reviewer returned it ({@code returnedBy} is the reviewer), or
 * the cluster's money was short ({@code returnedBy} is null). {@code cause} identifies this return among all of the
 * request's returns, so it stays the same when the step is retried.
 */
public record CommissioningRequestReturned(
        Long requestId,
        String reference,
        String clusterCode,
        BigDecimal amount,
        String submittedBy,
        String reason,
        String returnedBy,
        String cause) {}
