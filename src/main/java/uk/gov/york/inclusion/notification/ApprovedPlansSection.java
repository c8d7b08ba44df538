package uk.gov.york.inclusion.notification;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.priorities.PriorityArea;

/**
 * Cluster priority plans approved in the period, with their priority areas. Read with SQL from the priorities tables,
 * because the summary only reads them and the priorities module offers no query for a period.
 */
@Component
class ApprovedPlansSection implements ForumSummarySection {

    private final JdbcTemplate jdbc;

    ApprovedPlansSection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public SummaryTable build(SummaryPeriod period) {
        List<List<String>> rows = jdbc.query(
                """
                select p.reference, c.name, p.financial_year, p.approved_by, p.approved_at, p.id, p.revision
                from priority_plan p
                join cluster c on c.id = p.cluster_id
                where p.approved_at > ? and p.approved_at <= ?
                order by p.approved_at, p.id""",
                (row, number) -> List.of(
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        areas(row.getLong(6), row.getInt(7)),
                        row.getString(4),
                        MailFormat.date(row.getObject(5, OffsetDateTime.class).toInstant())),
                period.start().atOffset(ZoneOffset.UTC),
                period.end().atOffset(ZoneOffset.UTC));
        return new SummaryTable(
                "Priority plans approved",
                null,
                List.of("Plan", "Cluster", "Year", "Priority areas", "Approved by", "Date"),
                rows,
                Set.of(),
                "No priority plans approved in this period.");
    }

    private String areas(long planId, int revision) {
        List<String> codes = jdbc.queryForList(
                """
                select cp.area from cluster_priority cp
                join priority_plan_revision r on r.id = cp.revision_id
                where r.plan_id = ? and r.revision = ?
                order by cp.position""",
                String.class,
                planId,
                revision);
        return codes.stream().map(code -> PriorityArea.valueOf(code).label()).collect(Collectors.joining("; "));
    }
}
