package uk.gov.york.inclusion.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.york.inclusion.schooldata.PrimaryNeed;
import uk.gov.york.inclusion.schooldata.SchoolFigures;

/**
 * A cluster's totals for one period. The rates are averages of the schools' rates weighted by pupils on roll, so a
 * large school counts for more. The most common need is the one most schools name. A tie goes to the need with more
 * pupils on those schools' rolls.
 */
public record SchoolTotals(
        int schools,
        int pupilsOnRoll,
        int ehcps,
        int senSupport,
        BigDecimal attendanceRate,
        BigDecimal persistentAbsenceRate,
        PrimaryNeed commonestNeed) {

    static SchoolTotals of(Collection<SchoolFigures> figures) {
        int roll = figures.stream().mapToInt(SchoolFigures::pupilsOnRoll).sum();
        return new SchoolTotals(
                figures.size(),
                roll,
                figures.stream().mapToInt(SchoolFigures::ehcps).sum(),
                figures.stream().mapToInt(SchoolFigures::senSupport).sum(),
                weighted(figures, SchoolFigures::attendanceRate, roll),
                weighted(figures, SchoolFigures::persistentAbsenceRate, roll),
                commonestNeed(figures));
    }

    private static BigDecimal weighted(
            Collection<SchoolFigures> figures, Function<SchoolFigures, BigDecimal> rate, int roll) {
        if (roll == 0) {
            return null;
        }
        BigDecimal sum = figures.stream()
                .map(one -> rate.apply(one).multiply(BigDecimal.valueOf(one.pupilsOnRoll())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(roll), 1, RoundingMode.HALF_UP);
    }

    private static PrimaryNeed commonestNeed(Collection<SchoolFigures> figures) {
        Map<PrimaryNeed, Long> schools = figures.stream()
                .map(SchoolFigures::primaryNeed)
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map<PrimaryNeed, Integer> pupils = figures.stream()
                .filter(one -> one.primaryNeed() != null)
                .collect(Collectors.groupingBy(
                        SchoolFigures::primaryNeed, Collectors.summingInt(SchoolFigures::pupilsOnRoll)));
        return schools.keySet().stream()
                .max(Comparator.comparing((PrimaryNeed need) -> schools.get(need))
                        .thenComparing(pupils::get)
                        .thenComparing(Comparator.comparing(PrimaryNeed::name).reversed()))
                .orElse(null);
    }
}
