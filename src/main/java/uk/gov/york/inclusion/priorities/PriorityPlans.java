package uk.gov.york.inclusion.priorities;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.cluster.Cluster;

public interface PriorityPlans extends Repository<PriorityPlan, Long> {

    PriorityPlan save(PriorityPlan plan);

    Optional<PriorityPlan> findById(Long id);

    PriorityPlan saveAndFlush(PriorityPlan plan);

    Optional<PriorityPlan> findByProcessInstanceId(String processInstanceId);

    long count();

    long countByClusterAndFinancialYear(Cluster cluster, FinancialYear year);

    List<PriorityPlan> findByClusterAndFinancialYearAndStatusIn(
            Cluster cluster, FinancialYear year, List<PlanStatus> statuses);

    /** Returns the cluster's approved plan for the year, if it has one; approval supersedes any earlier one. */
    default Optional<PriorityPlan> findApproved(Cluster cluster, FinancialYear year) {
        return findByClusterAndFinancialYearAndStatusIn(cluster, year, List.of(PlanStatus.APPROVED)).stream()
                .findFirst();
    }
}
