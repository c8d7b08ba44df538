package uk.gov.york.inclusion.priorities;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface AgreementAnswers extends Repository<AgreementAnswer, Long> {

    AgreementAnswer save(AgreementAnswer answer);

    List<AgreementAnswer> findByPlanAndRevisionOrderByHeadteacher(PriorityPlan plan, int revision);

    Optional<AgreementAnswer> findByPlanAndRevisionAndHeadteacher(PriorityPlan plan, int revision, String headteacher);
}
