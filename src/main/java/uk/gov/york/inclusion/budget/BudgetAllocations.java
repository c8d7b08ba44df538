package uk.gov.york.inclusion.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.audit.AuditTrail;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.cluster.ClusterDirectory;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * Makes sure every cluster has a budget for the current and the next financial year, at start-up and each night, so
 * nobody has to set one up; and changes an allocation when the council sets a different amount.
 */
@Service
@Order(10)
public class BudgetAllocations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BudgetAllocations.class);

    private final ClusterDirectory directory;
    private final ClusterBudgets budgets;
    private final BudgetLedger ledger;
    private final BigDecimal defaultAllocation;
    private final Clock clock;
    private final AuditTrail audit;

    public BudgetAllocations(
            ClusterDirectory directory,
            ClusterBudgets budgets,
            BudgetLedger ledger,
            @Value("${inclusion.default-allocation}") BigDecimal defaultAllocation,
            Clock clock,
            AuditTrail audit) {
        this.audit = audit;
        this.directory = directory;
        this.budgets = budgets;
        this.ledger = ledger;
        this.defaultAllocation = Money.parse("inclusion.default-allocation", "Default allocation", defaultAllocation);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        openCurrentAndNextYear();
    }

    /** Runs each night at 01:00 UK time, so 1 April finds the new year's budgets there. */
    @Scheduled(cron = "0 0 1 * * *", zone = "Europe/London")
    @Transactional
    public void openCurrentAndNextYear() {
        FinancialYear current = FinancialYear.containing(LocalDate.now(clock));
        for (Cluster cluster : directory.clusters()) {
            open(cluster, current);
            open(cluster, current.next());
        }
    }

    /** Sets a cluster's allocation for a year; it may not fall below what is already committed and spent. */
    @Transactional
    public BudgetPosition setAllocation(String clusterCode, FinancialYear year, BigDecimal allocation, String by) {
        Cluster cluster = directory.require("cluster", clusterCode);
        if (allocation.signum() < 0) {
            throw new InvalidInputException(
                    "allocation",
                    "Allocation " + Money.format(allocation) + " is negative: give the amount the cluster may spend in "
                            + year + ".");
        }
        if (year.lastDay().isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException(
                    "year", "Financial year " + year + " has ended, so its allocation can" + " no longer change.");
        }
        open(cluster, year);
        ClusterBudget budget = ledger.lock(cluster, year);
        BudgetPosition before = ledger.position(cluster, year);
        BigDecimal used = before.committed().add(before.spent());
        if (allocation.compareTo(used) < 0) {
            throw new InvalidInputException(
                    "allocation",
                    "Allocation "
                            + Money.format(allocation) + " is less than the " + Money.format(used)
                            + " already committed and spent.");
        }

        budget.changeAllocation(allocation);
        log.info(
                "Allocation of the {} cluster for {} set to {} by {}", clusterCode, year, Money.format(allocation), by);
        audit.recordChange(
                "allocation changed",
                clusterCode + "/" + year,
                clusterCode,
                null,
                Money.format(before.allocation()),
                Money.format(allocation));
        return ledger.position(cluster, year);
    }

    private void open(Cluster cluster, FinancialYear year) {
        if (!budgets.existsByClusterAndFinancialYear(cluster, year)) {
            budgets.save(new ClusterBudget(cluster, year, defaultAllocation));
            log.info(
                    "Opened the {} cluster's budget for {} at {}",
                    cluster.getCode(),
                    year,
                    Money.format(defaultAllocation));
        }
    }
}
