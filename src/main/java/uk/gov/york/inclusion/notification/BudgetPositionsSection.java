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
        for (Cluster cluster : directory.clusters()) {
            BudgetPosition position = ledger.position(cluster, period.financialYear());
            store(period.summaryId(), position);
            BigDecimal before = previous.get(cluster.getCode());
            rows.add(List.of(
                    cluster.getName(),
                    MailFormat.money(position.allocation()),
                    MailFormat.money(position.committed()),
                    MailFormat.money(position.spent()),
                    MailFormat.money(position.available()),
                    before == null
                            ? "First summary"
                            : MailFormat.change(position.available().subtract(before))));
        }
        return new SummaryTable(
                "Budget position by cluster, " + period.financialYear(),
                "Committed is what approved requests still hold beyond what they have spent, so available is the "
                        + "allocation less committed and spent. The change is in available money since the last "
                        + "summary.",
                List.of("Cluster", "Allocation", "Committed", "Spent", "Available", "Change in available"),
                rows,
                Set.of(1, 2, 3, 4, 5),
                "No cluster has a budget for this year.");
    }

    /** Returns the available money each cluster had at the previous summary, when it covered the same year. */
    private Map<String, BigDecimal> previousAvailable(SummaryPeriod period) {
        Map<String, BigDecimal> available = new HashMap<>();
        if (period.previousSummaryId() == null) {
            return available;
        }
        jdbc.query(
                """
                select p.cluster_code, p.available from forum_summary_position p
                join forum_summary s on s.id = p.summary_id
                where p.summary_id = ? and s.financial_year = ?""",
                row -> {
                    available.put(row.getString(1), row.getBigDecimal(2));
                },
                period.previousSummaryId(),
                period.financialYear().toString());
        return available;
    }

    private void store(Long summaryId, BudgetPosition position) {
        jdbc.update(
                """
                insert into forum_summary_position
                    (summary_id, cluster_code, allocation, committed, spent, available)
                values (?, ?, ?, ?, ?, ?)""",
                summaryId,
                position.clusterCode(),
                position.allocation(),
                position.committed(),
                position.spent(),
                position.available());
    }
}
