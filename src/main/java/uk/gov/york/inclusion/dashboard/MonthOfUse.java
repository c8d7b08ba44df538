package uk.gov.york.inclusion.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.budget.LedgerEntry;

/**
 * The ledger entries of one month of a budget year, by the UK date they were recorded: money newly committed, money
 * released from commitments and money spent. Entries recorded before the year began, such as commitments made in
 * advance for next year, fall in a first "before" bucket, and entries after it ended in a last "after" bucket.
 */
public record MonthOfUse(String label, BigDecimal committed, BigDecimal released, BigDecimal spent) {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** Sums the entries by month: always the twelve months of the year, and the before and after buckets if used. */
    static List<MonthOfUse> of(List<LedgerEntry> entries, FinancialYear year) {
        YearMonth first = YearMonth.from(year.firstDay());
        YearMonth last = YearMonth.from(year.lastDay());
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        String before = "Before " + first.format(LONG_MONTH);
        String after = "After " + last.format(LONG_MONTH);
        sums.put(before, zeros());
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            sums.put(month.format(MONTH), zeros());
        }
        sums.put(after, zeros());

        for (LedgerEntry entry : entries) {
            LocalDate day = entry.getRecordedAt().atZone(UK).toLocalDate();
            YearMonth month = YearMonth.from(day);
            String key = month.isBefore(first) ? before : month.isAfter(last) ? after : month.format(MONTH);
            BigDecimal[] sum = sums.get(key);
            int index =
                    switch (entry.getKind()) {
                        case COMMITMENT -> 0;
                        case RELEASE -> 1;
                        case SPEND -> 2;
                    };
            sum[index] = sum[index].add(entry.getAmount());
        }

        List<MonthOfUse> months = new ArrayList<>();
        sums.forEach((label, sum) -> {
            boolean edge = label.equals(before) || label.equals(after);
            if (!edge || sum[0].signum() != 0 || sum[1].signum() != 0 || sum[2].signum() != 0) {
                months.add(new MonthOfUse(label, sum[0], sum[1], sum[2]));
            }
        });
        return months;
    }

    /** Sums of commitments, releases and spend, in that order. */
    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    }
}
