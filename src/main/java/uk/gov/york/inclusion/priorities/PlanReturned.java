package uk.gov.york.inclusion.priorities;

/** Published when an inclusion officer returns a plan to its lead; {@code decisionId} is the stored decision. */
public record PlanReturned(
        Long planId,
        String reference,
        String clusterCode,
        String financialYear,
        String draftedBy,
        String comment,
        String returnedBy,
        Long decisionId) {}
