package uk.gov.york.inclusion.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.budget.BudgetLedger;
import uk.gov.york.inclusion.budget.BudgetPosition;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.budget.LedgerEntry;
import uk.gov.york.inclusion.cluster.Cluster;

/** The money behind the dashboards' charts, all of it read from the budget ledger. */
@Service
@Transactional(readOnly = true)
public class BudgetFigures {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final BudgetLedger ledger;
    private final Clock clock;

    BudgetFigures(BudgetLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    public BudgetPosition position(Cluster cluster, FinancialYear year) {
        return ledger.position(cluster, year);
    }

    /** Returns the year's ledger entries summed by the month they were recorded. */
    public List<MonthOfUse> byMonth(Cluster cluster, FinancialYear year) {
        return MonthOfUse.of(ledger.entries(cluster, year), year);
    }

    /** Returns the run-rate projection of when the cluster's budget for the year would be used up. */
    public RunRate runRate(Cluster cluster, FinancialYear year) {
        List<LedgerEntry> entries = ledger.entries(cluster, year);
        LocalDate firstEntry = entries.isEmpty()
                ? null
                : entries.get(0).getRecordedAt().atZone(UK).toLocalDate();
        return RunRate.project(ledger.position(cluster, year), firstEntry, LocalDate.now(clock), year);
    }
}
