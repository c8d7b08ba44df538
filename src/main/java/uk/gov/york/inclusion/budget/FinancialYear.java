package uk.gov.york.inclusion.budget;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/** A UK financial year, 1 April to 31 March, written as the council writes it: {@code 2025-26}. */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-(\\d{2})");

    public FinancialYear {
        if (startYear < 2000 || startYear > 2998) {
            throw new IllegalArgumentException("Financial year must start between 2000 and 2998, not " + startYear);
        }
    }

    public static FinancialYear containing(LocalDate date) {
        int year = date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1;
        return new FinancialYear(year);
    }

    /** Parses the year a request parameter names, or returns the year containing today when it is left out. */
    public static FinancialYear parseOrCurrent(String field, String text, Clock clock) {
        return text == null || text.isBlank() ? containing(LocalDate.now(clock)) : parse(field, text);
    }

    /** Parses {@code 2025-26}; raises naming the field for anything else, such as {@code 2025-27}. */
    public static FinancialYear parse(String field, String text) {
        Matcher matcher = text == null ? null : WRITTEN.matcher(text.trim());
        if (matcher == null || !matcher.matches()) {
            throw new InvalidInputException(
                    field, "Financial year '" + text + "' is not valid: write it like 2025-26.");
        }
        int start = Integer.parseInt(matcher.group(1));
        if ((start + 1) % 100 != Integer.parseInt(matcher.group(2)) || start < 2000 || start > 2998) {
            throw new InvalidInputException(
                    field, "Financial year '" + text + "' is not valid: write it like 2025-26.");
        }
        return new FinancialYear(start);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return String.format("%d-%02d", startYear, (startYear + 1) % 100);
    }
}
