package uk.gov.york.inclusion.priorities;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface PlanRevisions extends Repository<PlanRevision, Long> {

    PlanRevision save(PlanRevision revision);

    Optional<PlanRevision> findByPlanAndRevision(PriorityPlan plan, int revision);

    List<PlanRevision> findByPlanOrderByRevision(PriorityPlan plan);
}
