package uk.gov.york.inclusion.capital;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.audit.AuditTrail;
import uk.gov.york.inclusion.budget.Money;
import uk.gov.york.inclusion.workflow.CurrentUser;
import uk.gov.york.inclusion.workflow.Groups;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/** Finance's record of capital spent against an award, and the award's close, which releases what was not spent. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class AwardDrawdowns {

    private static final Logger log = LoggerFactory.getLogger(AwardDrawdowns.class);

    private final CapitalFundLedger fund;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditTrail audit;

    AwardDrawdowns(CapitalFundLedger fund, CurrentUser currentUser, Clock clock, AuditTrail audit) {
        this.fund = fund;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = audit;
    }

    void recordDrawdown(CapitalBid bid, String drawdownReference, BigDecimal amount, LocalDate date) {
        requireFinance(bid);
        if (date.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(
                    "drawdownDate", "Drawdown date " + date + " is in the future: record a drawdown once it is paid.");
        }
        fund.recordDrawdown(
                bid.getFinancialYear(), bid.getReference(), drawdownReference, amount, date, currentUser.id());
    }

    /** Closes the award: whatever it still holds goes back to the fund. */
    void close(CapitalBid bid) {
        requireFinance(bid);
        BigDecimal released = fund.releaseRemainder(bid.getFinancialYear(), bid.getReference(), currentUser.id());
        bid.changeStatus(BidStatus.CLOSED);
        log.info("Capital award {} closed; {} released to the fund", bid.getReference(), Money.format(released));
        audit.record("award closed", bid.getReference(), bid.getCluster().getCode(), null);
    }

    void requireFinance(CapitalBid bid) {
        if (!currentUser.isMemberOf(Groups.FINANCE)) {
            throw new InvalidInputException("drawdownAction", "Only finance can record drawdowns or close an award.");
        }
        if (bid.getStatus() != BidStatus.AWARDED) {
            throw new InvalidInputException("drawdownAction", bid.getReference() + " has no open award.");
        }
    }
}
