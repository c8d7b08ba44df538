package uk.gov.york.inclusion.priorities;

import java.util.Optional;

/** A priority of an approved plan with the money held against it and the latest reading of its measure. */
public record FundedPriority(ClusterPriority priority, Optional<ProgressReading> latest, FundingTotals funding) {}
