package uk.gov.york.inclusion.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import uk.gov.york.inclusion.cluster.Cluster;

/**
 * A cluster's allocation for one financial year. Its row is also the lock that serialises every change to the
 * cluster's money in that year, so two approvals racing for the last funds are decided one after the other.
 */
@Entity
@Table(name = "cluster_budget")
public class ClusterBudget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cluster_id")
    private Cluster cluster;

    @Column(name = "financial_year", nullable = false)
    private FinancialYear financialYear;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal allocation;

    protected ClusterBudget() {}

    ClusterBudget(Cluster cluster, FinancialYear financialYear, BigDecimal allocation) {
        this.cluster = cluster;
        this.financialYear = financialYear;
        this.allocation = allocation;
    }

    void changeAllocation(BigDecimal newAllocation) {
        this.allocation = newAllocation;
    }

    public Cluster getCluster() {
        return cluster;
    }

    public FinancialYear getFinancialYear() {
        return financialYear;
    }

    public BigDecimal getAllocation() {
        return allocation;
    }
}
