package uk.gov.york.inclusion.capital;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.cluster.Cluster;

interface CapitalBids extends Repository<CapitalBid, Long> {

    Optional<CapitalBid> findById(Long id);

    Optional<CapitalBid> findByProcessInstanceId(String processInstanceId);

    List<CapitalBid> findByRound(CapitalRound round);

    @Query(
            """
            select b from CapitalBid b
            where b.cluster = :cluster and b.round.fund.financialYear = :year
            order by b.id desc""")
    List<CapitalBid> findByClusterAndYear(Cluster cluster, FinancialYear year);

    long countByClusterAndReferenceStartingWith(Cluster cluster, String prefix);

    CapitalBid save(CapitalBid bid);
}
