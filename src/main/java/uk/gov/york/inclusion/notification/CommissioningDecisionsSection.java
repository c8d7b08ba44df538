package uk.gov.york.inclusion.notification;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.commissioning.CommissioningCategory;

/**
 * Every reviewer's decision on a commissioning request in the period. Read with SQL from the commissioning tables,
 * because the summary only reads them and the commissioning module offers no query for a period.
 */
@Component
class CommissioningDecisionsSection implements ForumSummarySection {

    private final JdbcTemplate jdbc;
    private final PriorityLabels priorities;

    CommissioningDecisionsSection(JdbcTemplate jdbc, PriorityLabels priorities) {
        this.jdbc = jdbc;
        this.priorities = priorities;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public SummaryTable build(SummaryPeriod period) {
        List<List<String>> rows = jdbc.query(
                """
                select r.reference, c.name, r.category, d.outcome, d.reviewer, d.decided_at, d.amount,
                    c.code, r.financial_year, r.priority_position, r.no_priority_reason
                from review_decision d
                join commissioning_request r on r.id = d.request_id
                join cluster c on c.id = r.cluster_id
                where d.subject = 'REQUEST' and d.decided_at > ? and d.decided_at <= ?
                order by d.decided_at, d.id""",
                (row, number) -> List.of(
                        row.getString(1),
                        row.getString(2),
                        CommissioningCategory.valueOf(row.getString(3)).label(),
                        priorities.describe(
                                row.getString(8),
                                row.getString(9),
                                row.getObject(10, Integer.class),
                                row.getString(11)),
                        outcome(row.getString(4)),
                        row.getString(5),
                        MailFormat.date(row.getObject(6, OffsetDateTime.class).toInstant()),
                        MailFormat.money(row.getBigDecimal(7))),
                period.start().atOffset(ZoneOffset.UTC),
                period.end().atOffset(ZoneOffset.UTC));
        return new SummaryTable(
                "Commissioning decisions",
                "The priority is the one the request serves in its cluster's approved plan for the request's year.",
                List.of("Request", "Cluster", "Category", "Priority", "Decision", "Decided by", "Date", "Amount"),
                rows,
                Set.of(7),
                "No commissioning decisions in this period.");
    }

    private static String outcome(String code) {
        return switch (code) {
            case "APPROVE" -> "Approved";
            case "RETURN" -> "Returned";
            case "REJECT" -> "Rejected";
            default -> code;
        };
    }
}
