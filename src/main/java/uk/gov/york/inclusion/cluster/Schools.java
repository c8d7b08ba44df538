package uk.gov.york.inclusion.cluster;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface Schools extends Repository<School, Long> {

    Optional<School> findByCode(String code);

    List<School> findByCodeIn(Collection<String> codes);

    List<School> findByClusterOrderByName(Cluster cluster);

    List<School> findAllByOrderByName();

    long count();

    School save(School school);
}
