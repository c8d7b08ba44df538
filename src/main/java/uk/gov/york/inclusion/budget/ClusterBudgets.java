package uk.gov.york.inclusion.budget;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import uk.gov.york.inclusion.cluster.Cluster;

public interface ClusterBudgets extends Repository<ClusterBudget, Long> {

    Optional<ClusterBudget> findByClusterAndFinancialYear(Cluster cluster, FinancialYear financialYear);

    /** Reads the budget row with {@code SELECT … FOR UPDATE}; the lock lasts until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from ClusterBudget b where b.cluster = :cluster and b.financialYear = :financialYear")
    Optional<ClusterBudget> lockByClusterAndFinancialYear(Cluster cluster, FinancialYear financialYear);

    boolean existsByClusterAndFinancialYear(Cluster cluster, FinancialYear financialYear);

    ClusterBudget save(ClusterBudget budget);
}
