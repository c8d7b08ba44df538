package uk.gov.york.inclusion.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays workingDays = new WorkingDays(List.of(LocalDate.of(2027, 6, 7)));

    @Test
    void easterFollowsTheGregorianRule() {
        assertThat(WorkingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(WorkingDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(WorkingDays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void bankHolidaysOf2027() {
        assertThat(WorkingDays.bankHolidays(2027))
                .containsExactlyInAnyOrder(
                        LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 3, 26),
                        LocalDate.of(2027, 3, 29),
                        LocalDate.of(2027, 5, 3),
                        LocalDate.of(2027, 5, 31),
                        LocalDate.of(2027, 8, 30),
                        // Christmas Day and Boxing Day fall on a weekend, so the Monday and Tuesday are holidays.
                        LocalDate.of(2027, 12, 27),
                        LocalDate.of(2027, 12, 28));
    }

    @Test
    void firstWorkingDaySkipsWeekendsAndHolidays() {
        // 1 January 2028 is a Saturday: the substitute holiday is Monday 3 January.
        assertThat(workingDays.firstWorkingDayOf(YearMonth.of(2028, 1))).isEqualTo(LocalDate.of(2028, 1, 4));
        // 1 May 2028 is the early May bank holiday.
        assertThat(workingDays.firstWorkingDayOf(YearMonth.of(2028, 5))).isEqualTo(LocalDate.of(2028, 5, 2));
        // 1 August 2026 is a Saturday.
        assertThat(workingDays.firstWorkingDayOf(YearMonth.of(2026, 8))).isEqualTo(LocalDate.of(2026, 8, 3));
        // 1 April 2027 is a Thursday, before Easter.
        assertThat(workingDays.firstWorkingDayOf(YearMonth.of(2027, 4))).isEqualTo(LocalDate.of(2027, 4, 1));
        // 1 June 2027 is a Tuesday.
        assertThat(workingDays.firstWorkingDayOf(YearMonth.of(2027, 6))).isEqualTo(LocalDate.of(2027, 6, 1));
    }

    @Test
    void extraHolidayIsNotAWorkingDay() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 6, 7))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 6, 8))).isTrue();
    }

    @Test
    void workingDaysBetweenSkipWeekendsAndHolidays() {
        // Friday 24 December 2027 to Friday 31 December 2027: 27 and 28 are holidays, so 29, 30 and 31 count.
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2027, 12, 24), LocalDate.of(2027, 12, 31)))
                .isEqualTo(3);
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2027, 12, 31), LocalDate.of(2027, 12, 24)))
                .isZero();
    }

    @Test
    void scheduleSendsOnlyOnTheFirstWorkingDay() {
        assertThat(scheduleOn("2028-01-04T07:00:00Z", true).isDueToday()).isTrue();
        assertThat(scheduleOn("2028-01-03T07:00:00Z", true).isDueToday()).isFalse();
        assertThat(scheduleOn("2028-01-05T07:00:00Z", true).isDueToday()).isFalse();
        assertThat(scheduleOn("2028-01-05T07:00:00Z", false).isDueToday()).isTrue();
    }

    private ForumSummarySchedule scheduleOn(String instant, boolean firstWorkingDayOnly) {
        Clock clock = Clock.fixed(java.time.Instant.parse(instant), ZoneId.of("Europe/London"));
        return new ForumSummarySchedule("0 0 7 1-5 * ?", firstWorkingDayOnly, workingDays, clock);
    }
}
