package uk.gov.york.inclusion.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the {@code forum-summary-schedule} process starts a summary. Its timer fires on the cron expression
 * {@code inclusion.forum-summary.schedule}, by default at 07:00 on each of the first five days of the month, the
 * latest a first working day can fall. With {@code inclusion.forum-summary.first-working-day-only} (the default) the
 * process then sends a summary only on the month's first working day and ends quietly on the other days.
 *
 * <p>Camunda reads the cron expression in the server's time zone, so a server outside UK time must run with
 * {@code TZ=Europe/London} (docker-compose.yml sets it) for the summary to go at 07:00 UK time.
 */
@Component("forumSummarySchedule")
public class ForumSummarySchedule {

    private final String cron;
    private final boolean firstWorkingDayOnly;
    private final WorkingDays workingDays;
    private final Clock clock;

    public ForumSummarySchedule(
            @Value("${inclusion.forum-summary.schedule:0 0 7 1-5 * ?}") String cron,
            @Value("${inclusion.forum-summary.first-working-day-only:true}") boolean firstWorkingDayOnly,
            WorkingDays workingDays,
            Clock clock) {
        this.cron = cron;
        this.firstWorkingDayOnly = firstWorkingDayOnly;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** Returns the cron expression of the timer start event. */
    public String getCron() {
        return cron;
    }

    /** Returns whether a timer-started summary goes out today. */
    public boolean isDueToday() {
        LocalDate today = LocalDate.now(clock);
        return !firstWorkingDayOnly
                || workingDays.firstWorkingDayOf(YearMonth.from(today)).equals(today);
    }
}
