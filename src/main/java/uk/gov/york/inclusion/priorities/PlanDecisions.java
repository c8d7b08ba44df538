package uk.gov.york.inclusion.priorities;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface PlanDecisions extends Repository<PlanDecision, Long> {

    PlanDecision save(PlanDecision decision);

    List<PlanDecision> findByPlanAndRevisionOrderById(PriorityPlan plan, int revision);
}
