package uk.gov.york.inclusion.notification;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Working days in York: Monday to Friday except the bank holidays of England and Wales.
 *
 * <p>The eight regular bank holidays are computed: New Year's Day, Good Friday, Easter Monday, the early May and
 * spring bank holidays (first and last Monday in May), the summer bank holiday (last Monday in August), Christmas Day
 * and Boxing Day, each falling on a weekend moved to the next weekday not already a holiday. One-off bank holidays,
 * such as those for a coronation, come from {@code inclusion.mail.extra-holidays}. When the government moves a regular
 * holiday, as in 2020 and 2022, the usual date still counts as a holiday here.
 */
@Component
public class WorkingDays {

    private final Set<LocalDate> extraHolidays;

    public WorkingDays(@Value("${inclusion.mail.extra-holidays:}") List<LocalDate> extraHolidays) {
        this.extraHolidays = Set.copyOf(extraHolidays);
    }

    public boolean isWorkingDay(LocalDate date) {
        return !isWeekend(date)
                && !extraHolidays.contains(date)
                && !bankHolidays(date.getYear()).contains(date);
    }

    public LocalDate firstWorkingDayOf(YearMonth month) {
        LocalDate day = month.atDay(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Returns the working days after {@code from} up to and including {@code to}; zero when {@code to} is not later. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Returns the regular bank holidays of England and Wales in the year. */
    static Set<LocalDate> bankHolidays(int year) {
        Set<LocalDate> holidays = new HashSet<>();
        addOnWeekday(holidays, LocalDate.of(year, Month.JANUARY, 1));
        LocalDate easter = easterSunday(year);
        holidays.add(easter.minusDays(2));
        holidays.add(easter.plusDays(1));
        LocalDate may = LocalDate.of(year, Month.MAY, 1);
        holidays.add(may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        holidays.add(may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        holidays.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        addOnWeekday(holidays, LocalDate.of(year, Month.DECEMBER, 25));
        addOnWeekday(holidays, LocalDate.of(year, Month.DECEMBER, 26));
        return holidays;
    }

    /** Adds the holiday, or its substitute: the next weekday that is not a holiday already. */
    private static void addOnWeekday(Set<LocalDate> holidays, LocalDate date) {
        LocalDate day = date;
        while (isWeekend(day) || holidays.contains(day)) {
            day = day.plusDays(1);
        }
        holidays.add(day);
    }

    /** Returns Easter Sunday in the Gregorian calendar, by the anonymous Gregorian (Meeus/Jones/Butcher) algorithm. */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
