package uk.gov.york.inclusion.capital;

import java.math.BigDecimal;
import uk.gov.york.inclusion.budget.FinancialYear;

/**
 * A capital fund's money: {@code awarded} is what awards still hold, after drawdowns and releases, so that
 * available = allocation − awarded − spent.
 */
public record FundPosition(
        FinancialYear financialYear,
        BigDecimal allocation,
        BigDecimal awarded,
        BigDecimal spent,
        BigDecimal available) {}
