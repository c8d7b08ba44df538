package uk.gov.york.inclusion.schooldata;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface SchoolDataPeriods extends Repository<SchoolDataPeriod, Long> {

    SchoolDataPeriod save(SchoolDataPeriod period);

    Optional<SchoolDataPeriod> findByPeriod(String period);

    /** Returns every period, the latest first; {@code yyyy-MM} text sorts in time order. */
    List<SchoolDataPeriod> findAllByOrderByPeriodDesc();

    long count();
}
