package uk.gov.york.inclusion.capital;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.audit.AuditTrail;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.budget.Money;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * Sets a capital fund's amount and records awards, drawdowns and releases in the fund's ledger.
 *
 * <p>Every change first locks the fund row ({@code SELECT … FOR UPDATE}) and only then reads the ledger, so two
 * awards racing for the last of the fund are decided one after the other and the fund never goes below zero. Changes
 * run in the caller's transaction, which for awards and drawdowns is the process step's.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class CapitalFundLedger {

    private static final Logger log = LoggerFactory.getLogger(CapitalFundLedger.class);

    private final CapitalFunds funds;
    private final AuditTrail audit;
    private final FundLedgerEntries entries;

    CapitalFundLedger(CapitalFunds funds, FundLedgerEntries entries, AuditTrail audit) {
        this.funds = funds;
        this.entries = entries;
        this.audit = audit;
    }

    /** Returns the fund's position; a year whose fund has not been set has nothing in it. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public FundPosition position(FinancialYear year) {
        return funds.findByFinancialYear(year)
                .map(this::positionOf)
                .orElseGet(() -> new FundPosition(year, zero(), zero(), zero(), zero()));
    }

    /** Sets the fund's amount for a year, creating the fund; it may not fall below what is awarded and spent. */
    @Transactional(propagation = Propagation.REQUIRED)
    public FundPosition setAllocation(FinancialYear year, BigDecimal allocation, String by) {
        if (allocation.signum() < 0) {
            throw new InvalidInputException(
                    "allocation", "Allocation " + Money.format(allocation) + " is negative: give the fund's amount.");
        }
        if (funds.findByFinancialYear(year).isEmpty()) {
            funds.save(new CapitalFund(year));
        }
        CapitalFund fund = lock(year);
        FundPosition before = positionOf(fund);
        BigDecimal used = before.awarded().add(before.spent());
        if (allocation.compareTo(used) < 0) {
            throw new InvalidInputException(
                    "allocation",
                    "Allocation " + Money.format(allocation) + " is less than the " + Money.format(used)
                            + " already awarded and spent from the " + year + " capital fund.");
        }

        BigDecimal change = allocation.subtract(before.allocation());
        if (change.signum() != 0) {
            entries.save(new FundLedgerEntry(
                    fund, FundEntryKind.ALLOCATION, change, null, null, "Fund set to " + Money.format(allocation), by));
            log.info("Capital fund for {} set to {} by {}", year, Money.format(allocation), by);
            audit.recordChange(
                    "capital fund set",
                    "capital-fund/" + year,
                    null,
                    null,
                    Money.format(before.allocation()),
                    Money.format(allocation));
        }
        return positionOf(fund);
    }

    /** Records an award, or raises naming {@code field} and writes nothing when the fund has not enough left. */
    void award(FinancialYear year, BigDecimal amount, String bidReference, String field, String by) {
        CapitalFund fund = lock(year);
        FundPosition position = positionOf(fund);
        if (position.available().compareTo(amount) < 0) {
            throw new InvalidInputException(
                    field,
                    "The " + year + " capital fund has " + Money.format(position.available())
                            + " available, less than the " + Money.format(amount) + " to award to " + bidReference
                            + ": award less, defer the bid or reject it.");
        }

        entries.save(new FundLedgerEntry(fund, FundEntryKind.AWARD, amount, bidReference, null, null, by));
        log.info("Awarded {} to capital bid {} from the {} fund", Money.format(amount), bidReference, year);
        audit.record("capital awarded", bidReference, null, Money.format(amount) + " from the " + year + " fund");
    }

    /** Records capital spent against an award; the drawdown must fit in what the award still holds. */
    void recordDrawdown(
            FinancialYear year,
            String bidReference,
            String drawdownReference,
            BigDecimal amount,
            LocalDate drawdownDate,
            String by) {
        CapitalFund fund = lock(year);
        if (entries.existsByBidReferenceAndDrawdownReferenceIgnoreCase(bidReference, drawdownReference)) {
            throw new InvalidInputException(
                    "drawdownReference",
                    "Drawdown " + drawdownReference + " is already recorded against " + bidReference + ".");
        }
        BigDecimal open = openAward(bidReference);
        if (open.compareTo(amount) < 0) {
            throw new InvalidInputException(
                    "drawdownAmount",
                    "Drawdown " + drawdownReference + " for " + Money.format(amount) + " is more than the "
                            + Money.format(open) + " left of the award to " + bidReference + ".");
        }

        entries.save(new FundLedgerEntry(
                fund, FundEntryKind.SPEND, amount, bidReference, drawdownReference, "Drawn down " + drawdownDate, by));
        log.info("Recorded drawdown {} of {} on capital bid {}", drawdownReference, Money.format(amount), bidReference);
        audit.record(
                "capital drawn down",
                bidReference,
                null,
                drawdownReference + " dated " + drawdownDate + " for " + Money.format(amount));
    }

    /** Hands what an award still holds back to the fund; returns the amount released, maybe zero. */
    BigDecimal releaseRemainder(FinancialYear year, String bidReference, String by) {
        CapitalFund fund = lock(year);
        BigDecimal open = openAward(bidReference);
        if (open.signum() > 0) {
            entries.save(new FundLedgerEntry(
                    fund, FundEntryKind.RELEASE, open, bidReference, null, "Unspent when the award closed", by));
            log.info("Released {} unspent on capital bid {} to the {} fund", Money.format(open), bidReference, year);
            audit.record("capital released", bidReference, null, Money.format(open) + " to the " + year + " fund");
        }
        return open;
    }

    /** Returns what an award still holds: awarded less spent and released. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public BigDecimal openAward(String bidReference) {
        return entries.sumForBid(bidReference, FundEntryKind.AWARD)
                .subtract(entries.sumForBid(bidReference, FundEntryKind.SPEND))
                .subtract(entries.sumForBid(bidReference, FundEntryKind.RELEASE));
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public BigDecimal spent(String bidReference) {
        return entries.sumForBid(bidReference, FundEntryKind.SPEND);
    }

    /** Locks the fund row so that the caller's next steps see no concurrent change to the fund or its bids. */
    void lockFund(FinancialYear year) {
        lock(year);
    }

    private CapitalFund lock(FinancialYear year) {
        return funds.lockByFinancialYear(year)
                .orElseThrow(() -> new InvalidInputException(
                        "financialYear", "No capital fund is set for " + year + ": an administrator sets it first."));
    }

    private FundPosition positionOf(CapitalFund fund) {
        BigDecimal allocation = entries.sumFor(fund, FundEntryKind.ALLOCATION);
        BigDecimal awardedEver = entries.sumFor(fund, FundEntryKind.AWARD);
        BigDecimal released = entries.sumFor(fund, FundEntryKind.RELEASE);
        BigDecimal spent = entries.sumFor(fund, FundEntryKind.SPEND);
        BigDecimal awarded = awardedEver.subtract(released).subtract(spent);
        BigDecimal available = allocation.subtract(awarded).subtract(spent);
        return new FundPosition(
                fund.getFinancialYear(), scaled(allocation), scaled(awarded), scaled(spent), scaled(available));
    }

    private static BigDecimal scaled(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static BigDecimal zero() {
        return scaled(BigDecimal.ZERO);
    }
}
