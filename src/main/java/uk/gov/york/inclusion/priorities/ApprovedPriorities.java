package uk.gov.york.inclusion.priorities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.cluster.Cluster;

/**
 * A cluster's approved plan for a year as the API and the dashboards show it: each priority of the plan's current
 * revision with the money every kind of funding request has against it and the latest reading of its measure.
 */
@Service
@Transactional(readOnly = true)
public class ApprovedPriorities {

    private final PriorityPlans plans;
    private final PlanRevisions revisions;
    private final ProgressReadings readings;
    private final List<PriorityFunding> fundings;

    ApprovedPriorities(
            PriorityPlans plans, PlanRevisions revisions, ProgressReadings readings, List<PriorityFunding> fundings) {
        this.plans = plans;
        this.revisions = revisions;
        this.readings = readings;
        this.fundings = fundings;
    }

    /** Returns the cluster's approved plan for the year, if it has one. */
    public Optional<PriorityPlan> plan(Cluster cluster, FinancialYear year) {
        return plans.findApproved(cluster, year);
    }

    /** Returns the priorities of the plan's current revision, in order, each with its money and latest reading. */
    public List<FundedPriority> priorities(PriorityPlan plan) {
        Map<Integer, FundingTotals> funding = fundingByPriority(plan);
        return revisions.currentPriorities(plan).stream()
                .map(priority -> new FundedPriority(
                        priority,
                        readings.findFirstByPlanAndPositionOrderByIdDesc(plan, priority.getPosition()),
                        funding.getOrDefault(priority.getPosition(), FundingTotals.NONE)))
                .toList();
    }

    /** Sums, per priority, the money of every kind of funding request that names it. */
    private Map<Integer, FundingTotals> fundingByPriority(PriorityPlan plan) {
        Map<Integer, FundingTotals> totals = new HashMap<>();
        for (PriorityFunding source : fundings) {
            source.byPriority(plan.getCluster(), plan.getFinancialYear())
                    .forEach((position, money) -> totals.merge(position, money, FundingTotals::plus));
        }
        return totals;
    }
}
