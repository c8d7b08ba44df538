package uk.gov.york.inclusion.priorities;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import uk.gov.york.inclusion.budget.FinancialYear;

public interface PlanDecisions extends Repository<PlanDecision, Long> {

    PlanDecision save(PlanDecision decision);

    List<PlanDecision> findByPlanAndRevisionOrderById(PriorityPlan plan, int revision);

    /** Returns every decision on the plans of a financial year, in the order they were made. */
    @Query(
            """
            select d from PlanDecision d join fetch d.plan p
            where p.financialYear = :year
            order by d.decidedAt, d.id""")
    List<PlanDecision> findForYear(FinancialYear year);
}
