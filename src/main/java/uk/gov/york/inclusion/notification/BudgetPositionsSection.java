package uk.gov.york.inclusion.notification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.budget.BudgetLedger;
import uk.gov.york.inclusion.budget.BudgetPosition;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.cluster.ClusterDirectory;

/**
 * Each cluster's budget position for the year, with the change in available money since the previous summary. The
 * positions are stored with the summary, so the next summary can show its own change.
 */
@Component
class BudgetPositionsSection implements ForumSummarySection {

    private final ClusterDirectory directory;
    private final BudgetLedger ledger;
    private final JdbcTemplate jdbc;

    BudgetPositionsSection(ClusterDirectory directory, BudgetLedger ledger, JdbcTemplate jdbc) {
        this.directory = directory;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public SummaryTable build(SummaryPeriod period) {
        Map<String, BigDecimal> previous = previousAvailable(period);
        List<List<String>> rows = new ArrayList<>();
        // Requests may start in the next financial year, so its budgets are reported beside the current year's.
        for (FinancialYear year :
                List.of(period.financialYear(), period.financialYear().next())) {
            for (Cluster cluster : directory.clusters()) {
                BudgetPosition position = ledger.position(cluster, year);
                store(period.summaryId(), position);
                BigDecimal before = previous.get(key(cluster.getCode(), year.toString()));
                rows.add(List.of(
                        cluster.getName(),
                        year.toString(),
                        MailFormat.money(position.allocation()),
                        MailFormat.money(position.committed()),
                        MailFormat.money(position.spent()),
                        MailFormat.money(position.available()),
                        before == null
                                ? "First summary"
                                : MailFormat.change(position.available().subtract(before))));
            }
        }
        return new SummaryTable(
                "Budget position by cluster",
                "Committed is what approved requests still hold beyond what they have spent, so available is the "
                        + "allocation less committed and spent. The change is in available money since the last "
                        + "summary.",
                List.of("Cluster", "Year", "Allocation", "Committed", "Spent", "Available", "Change in available"),
                rows,
                Set.of(2, 3, 4, 5, 6),
                "No cluster has a budget for this year.");
    }

    /** Returns the available money of each cluster and year at the previous summary. */
    private Map<String, BigDecimal> previousAvailable(SummaryPeriod period) {
        Map<String, BigDecimal> available = new HashMap<>();
        if (period.previousSummaryId() == null) {
            return available;
        }
        jdbc.query(
                "select cluster_code, financial_year, available from forum_summary_position where summary_id = ?",
                row -> {
                    available.put(key(row.getString(1), row.getString(2)), row.getBigDecimal(3));
                },
                period.previousSummaryId());
        return available;
    }

    private static String key(String clusterCode, String year) {
        return clusterCode + "/" + year;
    }

    private void store(Long summaryId, BudgetPosition position) {
        jdbc.update(
                """
                insert into forum_summary_position
                    (summary_id, cluster_code, financial_year, allocation, committed, spent, available)
                values (?, ?, ?, ?, ?, ?, ?)""",
                summaryId,
                position.clusterCode(),
                position.financialYear().toString(),
                position.allocation(),
                position.committed(),
                position.spent(),
                position.available());
    }
}
