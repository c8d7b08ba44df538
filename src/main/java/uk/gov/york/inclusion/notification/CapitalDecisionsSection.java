package uk.gov.york.inclusion.notification;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.capital.DecisionOutcome;

/**
 * Every Assistant Director's decision on a capital bid in the period, with the amounts and the cluster priority the
 * bid serves. Read with SQL from the capital tables, because the summary only reads them and the capital module
 * offers no query for a period.
 */
@Component
class CapitalDecisionsSection implements ForumSummarySection {

    private final JdbcTemplate jdbc;
    private final PriorityLabels priorities;

    CapitalDecisionsSection(JdbcTemplate jdbc, PriorityLabels priorities) {
        this.jdbc = jdbc;
        this.priorities = priorities;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public SummaryTable build(SummaryPeriod period) {
        List<List<String>> rows = jdbc.query(
                """
                select b.reference, c.name, c.code, f.financial_year, b.priority_position, b.no_priority_reason,
                    d.outcome, d.decided_by, d.decided_at, b.amount, d.amount
                from capital_decision d
                join capital_bid b on b.id = d.bid_id
                join capital_round r on r.id = d.round_id
                join capital_fund f on f.id = r.fund_id
                join cluster c on c.id = b.cluster_id
                where d.decided_at > ? and d.decided_at <= ?
                order by d.decided_at, d.id""",
                (row, number) -> List.of(
                        row.getString(1),
                        row.getString(2),
                        priorities.describe(
                                row.getString(3), row.getString(4), row.getObject(5, Integer.class), row.getString(6)),
                        DecisionOutcome.valueOf(row.getString(7)).label(),
                        row.getString(8),
                        MailFormat.date(row.getObject(9, OffsetDateTime.class).toInstant()),
                        MailFormat.money(row.getBigDecimal(10)),
                        awarded(row.getBigDecimal(11))),
                period.start().atOffset(ZoneOffset.UTC),
                period.end().atOffset(ZoneOffset.UTC));
        return new SummaryTable(
                "Capital decisions",
                "The priority is the one the bid serves in its cluster's approved plan for the fund's year.",
                List.of("Bid", "Cluster", "Priority", "Decision", "Decided by", "Date", "Bid for", "Awarded"),
                rows,
                Set.of(6, 7),
                "No capital decisions in this period.");
    }

    private static String awarded(BigDecimal amount) {
        return MailFormat.money(amount == null ? BigDecimal.ZERO : amount);
    }
}
