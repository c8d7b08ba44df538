package uk.gov.york.inclusion.capital;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.gov.york.inclusion.budget.FinancialYear;

/**
 * The city-wide capital fund of one financial year. Its amounts live in the fund's ledger; this row is what every
 * change to the fund's money locks first.
 */
@Entity
@Table(name = "capital_fund")
public class CapitalFund {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "financial_year", nullable = false, unique = true)
    private FinancialYear financialYear;

    protected CapitalFund() {}

    CapitalFund(FinancialYear financialYear) {
        this.financialYear = financialYear;
    }

    public Long getId() {
        return id;
    }

    public FinancialYear getFinancialYear() {
        return financialYear;
    }
}
