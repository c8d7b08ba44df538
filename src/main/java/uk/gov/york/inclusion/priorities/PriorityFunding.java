package uk.gov.york.inclusion.priorities;

import java.util.Map;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.cluster.Cluster;

/**
 * Money that funding requests hold against each priority of a cluster's plan. Each module that commits money
 * implements it, so the plan can show its money without this module depending on theirs.
 */
public interface PriorityFunding {

    /** Returns, by priority position, what the cluster's requests for the year still have committed and spent. */
    Map<Integer, FundingTotals> byPriority(Cluster cluster, FinancialYear year);
}
