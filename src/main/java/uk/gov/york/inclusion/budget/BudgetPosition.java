package uk.gov.york.inclusion.budget;

import java.math.BigDecimal;

/**
 * A cluster's budget position in one year. {@code committed} is what approved requests still hold beyond what they
 * have spent, so {@code available = allocation − committed − spent}.
 */
public record BudgetPosition(
        String clusterCode,
        FinancialYear financialYear,
        BigDecimal allocation,
        BigDecimal committed,
        BigDecimal spent) {

    public BigDecimal available() {
        return allocation.subtract(committed).subtract(spent);
    }
}
