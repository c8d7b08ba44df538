package uk.gov.york.inclusion.priorities;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Readings of priorities' measures; offers no update or delete, because readings are only ever added. */
public interface ProgressReadings extends Repository<ProgressReading, Long> {

    ProgressReading save(ProgressReading reading);

    Optional<ProgressReading> findFirstByPlanAndPositionOrderByIdDesc(PriorityPlan plan, int position);
}
