package uk.gov.york.inclusion.capital;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import uk.gov.york.inclusion.budget.FinancialYear;

interface CapitalFunds extends Repository<CapitalFund, Long> {

    Optional<CapitalFund> findByFinancialYear(FinancialYear financialYear);

    /** Reads the fund row with {@code SELECT … FOR UPDATE}; the lock lasts until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from CapitalFund f where f.financialYear = :financialYear")
    Optional<CapitalFund> lockByFinancialYear(FinancialYear financialYear);

    CapitalFund save(CapitalFund fund);
}
