package uk.gov.york.inclusion.priorities;

public record PlanApproved(
        Long planId, String reference, String clusterCode, String financialYear, String approvedBy) {}
