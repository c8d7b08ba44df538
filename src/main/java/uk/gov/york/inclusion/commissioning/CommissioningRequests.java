package uk.gov.york.inclusion.commissioning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.cluster.Cluster;

public interface CommissioningRequests extends Repository<CommissioningRequest, Long> {

    CommissioningRequest save(CommissioningRequest request);

    Optional<CommissioningRequest> findById(Long id);

    Optional<CommissioningRequest> findByReference(String reference);

    Optional<CommissioningRequest> findByProcessInstanceId(String processInstanceId);

    long countByClusterAndReferenceStartingWith(Cluster cluster, String prefix);

    @Query(
            """
            select r from CommissioningRequest r
            where r.cluster = :cluster and r.financialYear = :year and r.details.priorityPosition is not null""")
    List<CommissioningRequest> findServingPriorities(Cluster cluster, FinancialYear year);

    /** Returns the requests with the status, the longest waiting first. */
    List<CommissioningRequest> findByStatusOrderBySubmittedAt(CommissioningStatus status);

    @Query(
            """
            select r from CommissioningRequest r
            where (:clusterCode is null or r.cluster.code = :clusterCode)
              and (:status is null or r.status = :status)
              and (:year is null or r.financialYear = :year)
            order by r.submittedAt desc""")
    List<CommissioningRequest> search(String clusterCode, CommissioningStatus status, FinancialYear year);
}
