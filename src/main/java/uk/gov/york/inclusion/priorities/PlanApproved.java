package uk.gov.york.inclusion.priorities;

/**
 * Published when a priority plan becomes its cluster's approved plan for the year, inside the approving transaction.
 * Listeners that act outside it use {@code @TransactionalEventListener}.
 */
public record PlanApproved(
        Long planId, String reference, String clusterCode, String financialYear, String approvedBy) {}
