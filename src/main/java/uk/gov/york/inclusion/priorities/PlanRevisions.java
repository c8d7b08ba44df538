package uk.gov.york.inclusion.priorities;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface PlanRevisions extends Repository<PlanRevision, Long> {

    PlanRevision save(PlanRevision revision);

    Optional<PlanRevision> findByPlanAndRevision(PriorityPlan plan, int revision);

    List<PlanRevision> findByPlanOrderByRevision(PriorityPlan plan);

    /** Returns the priorities of the plan's latest revision, in order of position. */
    default List<ClusterPriority> currentPriorities(PriorityPlan plan) {
        List<PlanRevision> history = findByPlanOrderByRevision(plan);
        return history.get(history.size() - 1).getPriorities();
    }
}
