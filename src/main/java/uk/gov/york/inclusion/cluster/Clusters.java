package uk.gov.york.inclusion.cluster;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface Clusters extends Repository<Cluster, Long> {

    Optional<Cluster> findByCode(String code);

    List<Cluster> findAllByOrderByName();

    long count();

    Cluster save(Cluster cluster);
}
