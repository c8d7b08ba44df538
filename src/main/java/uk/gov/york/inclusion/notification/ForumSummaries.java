package uk.gov.york.inclusion.notification;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.budget.FinancialYear;

/**
 * Composes the Schools Forum summary from its sections, records it as a summary (so the next one starts where it
 * ends) and queues it for the Forum's distribution list, all in the transaction of the process step.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ForumSummaries {

    static final String KIND = "forum-summary";
    private static final Logger log = LoggerFactory.getLogger(ForumSummaries.class);

    private final JdbcTemplate jdbc;
    private final List<ForumSummarySection> sections;
    private final MailOutbox outbox;
    private final MailSettings settings;
    private final Clock clock;

    public ForumSummaries(
            JdbcTemplate jdbc,
            List<ForumSummarySection> sections,
            MailOutbox outbox,
            MailSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(ForumSummarySection::order))
                .toList();
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** A recorded summary and its content. */
    record ComposedSummary(Long id, MailContent content) {}

    /** Composes and queues a summary; returns its id. {@code requestedBy} is null when the schedule started it. */
    public Long compose(String requestedBy) {
        ComposedSummary summary = composeContent(requestedBy);
        outbox.queue(KIND + ":" + summary.id(), KIND, settings.forumRecipients(), summary.content());
        log.info("Schools Forum summary {} queued for {}", summary.id(), settings.forumRecipients());
        return summary.id();
    }

    /** Records a new summary and returns it without queueing it. */
    ComposedSummary composeContent(String requestedBy) {
        Instant now = clock.instant();
        FinancialYear year = FinancialYear.containing(LocalDate.now(clock));
        Long previousId = jdbc.queryForObject("select max(id) from forum_summary", Long.class);
        Instant start =
                previousId == null ? year.firstDay().atStartOfDay(MailFormat.UK).toInstant() : endOf(previousId);
        Long summaryId = insertSummary(start, now, year, requestedBy);
        SummaryPeriod period = new SummaryPeriod(summaryId, previousId, start, now, year);

        MailContent content = MailContent.of(
                        "Schools Forum summary: inclusion clusters, " + MailFormat.date(now),
                        "Inclusion clusters: summary for the Schools Forum")
                .paragraph("This summary covers " + MailFormat.date(start) + " to " + MailFormat.date(now)
                        + ". Budget figures are for the financial years " + year + " and " + year.next() + " as at "
                        + MailFormat.date(now) + ".");
        for (ForumSummarySection section : sections) {
            content.table(section.build(period));
        }
        return new ComposedSummary(summaryId, content);
    }

    private Instant endOf(Long summaryId) {
        return jdbc.queryForObject(
                "select period_end from forum_summary where id = ?",
                (row, number) -> row.getObject(1, OffsetDateTime.class).toInstant(),
                summaryId);
    }

    private Long insertSummary(Instant start, Instant end, FinancialYear year, String requestedBy) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement insert = connection.prepareStatement(
                            "insert into forum_summary (period_start, period_end, financial_year, requested_by) "
                                    + "values (?, ?, ?, ?)",
                            new String[] {"id"});
                    // Bound without a SQL type, so PostgreSQL's driver maps OffsetDateTime to timestamptz itself.
                    insert.setObject(1, start.atOffset(ZoneOffset.UTC));
                    insert.setObject(2, end.atOffset(ZoneOffset.UTC));
                    insert.setString(3, year.toString());
                    insert.setString(4, requestedBy);
                    return insert;
                },
                key);
        return key.getKey().longValue();
    }
}
