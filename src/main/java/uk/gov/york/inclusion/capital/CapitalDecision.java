package uk.gov.york.inclusion.capital;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.audit.AuditTrail;
import uk.gov.york.inclusion.budget.Money;
import uk.gov.york.inclusion.workflow.CurrentUser;
import uk.gov.york.inclusion.workflow.Groups;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * The Assistant Director's decision on a scored bid, and the award it makes. The decision is stored here, and the
 * award step reads it from the database rather than from a process variable, so no variable set through the REST API
 * can award money.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class CapitalDecision {

    private static final Logger log = LoggerFactory.getLogger(CapitalDecision.class);

    private final BidDecisions decisions;
    private final PanelScoring scoring;
    private final CapitalFundLedger fund;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CapitalDecision(
            BidDecisions decisions,
            PanelScoring scoring,
            CapitalFundLedger fund,
            CurrentUser currentUser,
            Clock clock,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.decisions = decisions;
        this.scoring = scoring;
        this.fund = fund;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
    }

    /** Records the decision; an award is then made by {@link #award}, in the same transaction. */
    void decide(CapitalBid bid, DecisionForm form) {
        if (!currentUser.isMemberOf(Groups.ASSISTANT_DIRECTOR)) {
            throw new InvalidInputException("decision", "Only the Assistant Director can decide on a capital bid.");
        }
        if (bid.getStatus() != BidStatus.SCORED || scoring.meanScore(bid).isEmpty()) {
            throw new InvalidInputException(
                    "decision", bid.getReference() + " has not been scored by the panel, so it cannot be decided yet.");
        }
        BigDecimal amount = amountAwarded(bid, form);

        BidDecision decision = decisions.save(new BidDecision(
                bid, form.outcome(), amount, form.conditions(), form.reasons(), currentUser.id(), clock.instant()));
        switch (form.outcome()) {
            case DEFER -> bid.changeStatus(BidStatus.DEFERRED);
            case REJECT -> bid.changeStatus(BidStatus.REJECTED);
            default -> bid.changeStatus(BidStatus.AWARDED);
        }
        log.info(
                "Capital bid {}: {} by {}{}",
                bid.getReference(),
                form.outcome().label(),
                currentUser.id(),
                amount == null ? "" : " for " + Money.format(amount));
        audit.record(
                "bid decided: " + form.outcome().label(),
                bid.getReference(),
                bid.getCluster().getCode(),
                (amount == null ? "" : Money.format(amount) + "; ") + form.reasons());
        events.publishEvent(new CapitalBidDecided(
                bid.getId(),
                bid.getReference(),
                bid.getCluster().getCode(),
                bid.getDetails().getTitle(),
                form.outcome(),
                bid.getAmount(),
                amount,
                decision.getConditions(),
                decision.getReasons(),
                bid.getSubmittedBy(),
                decision.getDecidedBy(),
                decision.getId()));
    }

    /** Records the latest decision's award against the fund; raises and writes nothing when the fund is short. */
    void award(CapitalBid bid) {
        BidDecision decision = latest(bid);
        if (!decision.getOutcome().awards()) {
            throw new IllegalStateException(bid.getReference() + " was not awarded: " + decision.getOutcome());
        }
        fund.award(
                bid.getFinancialYear(), decision.getAmount(), bid.getReference(), "decision", decision.getDecidedBy());
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public List<BidDecision> decisionsOn(CapitalBid bid) {
        return decisions.findByBidOrderById(bid);
    }

    BidDecision latest(CapitalBid bid) {
        List<BidDecision> all = decisions.findByBidOrderById(bid);
        if (all.isEmpty()) {
            throw new IllegalStateException(bid.getReference() + " has no decision");
        }
        return all.get(all.size() - 1);
    }

    private static BigDecimal amountAwarded(CapitalBid bid, DecisionForm form) {
        return switch (form.outcome()) {
            case AWARD_IN_FULL, AWARD_WITH_CONDITIONS -> bid.getAmount();
            case AWARD_REDUCED -> {
                if (form.reducedAmount().compareTo(bid.getAmount()) >= 0) {
                    throw new InvalidInputException(
                            "reducedAmount",
                            "Reduced amount " + Money.format(form.reducedAmount()) + " is not less than the "
                                    + Money.format(bid.getAmount()) + " bid for: award in full instead.");
                }
                yield form.reducedAmount();
            }
            default -> null;
        };
    }
}
