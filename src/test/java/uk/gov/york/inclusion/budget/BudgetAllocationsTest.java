package uk.gov.york.inclusion.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.cluster.ClusterDirectory;
import uk.gov.york.inclusion.support.IntegrationTest;

@IntegrationTest
class BudgetAllocationsTest {

    @Autowired
    ClusterDirectory directory;

    @Autowired
    ClusterBudgets budgets;

    @Autowired
    Clock clock;

    @Test
    void everyClusterHasCurrentAndNextYear() {
        FinancialYear current = FinancialYear.containing(LocalDate.now(clock));

        assertThat(directory.clusters()).hasSize(6);
        for (Cluster cluster : directory.clusters()) {
            assertThat(budgets.findByClusterAndFinancialYear(cluster, current))
                    .as(cluster.getCode() + " " + current)
                    .isPresent();
            assertThat(budgets.findByClusterAndFinancialYear(cluster, current.next()))
                    .as(cluster.getCode() + " " + current.next())
                    .isPresent();
        }
    }

    @Test
    void newBudgetsStartAtTheDefaultAllocation() {
        FinancialYear next = FinancialYear.containing(LocalDate.now(clock)).next();
        Cluster west = directory.require("cluster", "west");

        ClusterBudget budget = budgets.findByClusterAndFinancialYear(west, next).orElseThrow();

        assertThat(budget.getAllocation()).isEqualByComparingTo("100000.00");
    }
}
