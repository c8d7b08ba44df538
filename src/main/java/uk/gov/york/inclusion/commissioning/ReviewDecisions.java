package uk.gov.york.inclusion.commissioning;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import uk.gov.york.inclusion.budget.FinancialYear;

public interface ReviewDecisions extends Repository<ReviewDecision, Long> {

    ReviewDecision save(ReviewDecision decision);

    List<ReviewDecision> findByRequestOrderById(CommissioningRequest request);

    /** Returns every decision on the requests of a financial year, in the order they were made. */
    @Query(
            """
            select d from ReviewDecision d join fetch d.request r
            where r.financialYear = :year
            order by d.decidedAt, d.id""")
    List<ReviewDecision> findForYear(FinancialYear year);

    List<ReviewDecision> findByRequestAndSubjectAndRoundOrderById(
            CommissioningRequest request, ReviewDecision.Subject subject, int round);
}
