package uk.gov.york.inclusion.commissioning;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface ReviewDecisions extends Repository<ReviewDecision, Long> {

    ReviewDecision save(ReviewDecision decision);

    List<ReviewDecision> findByRequestOrderById(CommissioningRequest request);

    List<ReviewDecision> findByRequestAndSubjectAndRoundOrderById(
            CommissioningRequest request, ReviewDecision.Subject subject, int round);
}
