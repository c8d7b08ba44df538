package uk.gov.york.inclusion.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import uk.gov.york.inclusion.budget.BudgetPosition;
import uk.gov.york.inclusion.budget.FinancialYear;

/**
 * The run-rate projection of when a cluster's budget would be used up if money kept being committed and spent as fast
 * as so far:
 *
 * <pre>
 * daily use     = (committed + spent) ÷ days from {@code from} to {@code asOf}, both counted
 * used up by    = asOf + available ÷ daily use, rounded up to a whole day
 * </pre>
 *
 * {@code from} is the first day of the year, or the day of the first ledger entry if that is earlier; {@code asOf} is
 * today, or the last day of the year once it has ended. {@code usedUpBy} is null when nothing has been used yet.
 */
public record RunRate(
        LocalDate from, LocalDate asOf, long days, BigDecimal used, BigDecimal perMonth, LocalDate usedUpBy) {

    /** Average days in a month, 365.25 ÷ 12, to state the daily use as a monthly figure. */
    static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");

    static RunRate project(BudgetPosition position, LocalDate firstEntry, LocalDate today, FinancialYear year) {
        LocalDate from = firstEntry != null && firstEntry.isBefore(year.firstDay()) ? firstEntry : year.firstDay();
        LocalDate asOf = today.isAfter(year.lastDay()) ? year.lastDay() : today;
        long days = asOf.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, asOf) + 1;
        BigDecimal used = position.committed().add(position.spent());
        if (days == 0 || used.signum() <= 0) {
            return new RunRate(from, asOf, days, used, BigDecimal.ZERO.setScale(2), null);
        }

        BigDecimal daily = used.divide(BigDecimal.valueOf(days), 10, RoundingMode.HALF_UP);
        BigDecimal perMonth = daily.multiply(DAYS_PER_MONTH).setScale(2, RoundingMode.HALF_UP);
        BigDecimal available = position.available().max(BigDecimal.ZERO);
        long daysLeft = available.divide(daily, 0, RoundingMode.CEILING).longValueExact();
        return new RunRate(from, asOf, days, used, perMonth, asOf.plusDays(daysLeft));
    }

    /** Returns whether the money would last past the year's last day at this rate. */
    public boolean lastsTheYear(FinancialYear year) {
        return usedUpBy == null || usedUpBy.isAfter(year.lastDay());
    }
}
