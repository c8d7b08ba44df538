package uk.gov.york.inclusion.priorities;

import java.math.BigDecimal;

/** Money against one priority: {@code committed} is still committed and not yet spent or released. */
public record FundingTotals(BigDecimal committed, BigDecimal spent) {

    public static final FundingTotals NONE = new FundingTotals(BigDecimal.ZERO, BigDecimal.ZERO);

    public FundingTotals plus(FundingTotals other) {
        return new FundingTotals(committed.add(other.committed), spent.add(other.spent));
    }
}
