package uk.gov.york.inclusion.dashboard.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import uk.gov.york.inclusion.budget.BudgetPosition;

/** The six clusters' money added up, for the last row of the overview's table. */
record CityTotals(BigDecimal allocation, BigDecimal committed, BigDecimal spent, BigDecimal available) {

    static CityTotals of(List<BudgetPosition> positions) {
        return new CityTotals(
                sum(positions, BudgetPosition::allocation),
                sum(positions, BudgetPosition::committed),
                sum(positions, BudgetPosition::spent),
                sum(positions, BudgetPosition::available));
    }

    private static BigDecimal sum(List<BudgetPosition> positions, Function<BudgetPosition, BigDecimal> amount) {
        return positions.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
