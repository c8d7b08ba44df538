package uk.gov.york.inclusion.budget;

import java.math.BigDecimal;

/** A commitment larger than the money still available; the caller routes the request back to its lead. */
public class InsufficientFundsException extends RuntimeException {

    private final BigDecimal available;

    public InsufficientFundsException(BudgetPosition position, BigDecimal requested) {
        super("The " + position.clusterCode() + " cluster has " + Money.format(position.available()) + " available in "
                + position.financialYear() + ", less than the " + Money.format(requested) + " requested.");
        this.available = position.available();
    }

    public BigDecimal getAvailable() {
        return available;
    }
}
