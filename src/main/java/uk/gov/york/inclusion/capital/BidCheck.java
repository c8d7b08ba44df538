package uk.gov.york.inclusion.capital;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.audit.AuditTrail;
import uk.gov.york.inclusion.workflow.CurrentUser;
import uk.gov.york.inclusion.workflow.Groups;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/** An inclusion officer's check of a bid's eligibility and completeness: accept it for scoring or return it. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class BidCheck {

    private static final Logger log = LoggerFactory.getLogger(BidCheck.class);

    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    BidCheck(CurrentUser currentUser, AuditTrail audit, ApplicationEventPublisher events) {
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
    }

    /** Accepts the bid, or returns it to its lead with the comment, which a return requires. */
    void check(CapitalBid bid, boolean accept, String comment) {
        String officer = currentUser.id();
        if (!currentUser.isMemberOf(Groups.INCLUSION_OFFICERS)) {
            throw new InvalidInputException("checkDecision", "Only an inclusion officer can check a capital bid.");
        }
        if (officer.equals(bid.getSubmittedBy())) {
            throw new InvalidInputException(
                    "checkDecision", "You submitted " + bid.getReference() + ", so you cannot check it.");
        }
        if (bid.getStatus() != BidStatus.SUBMITTED) {
            throw new InvalidInputException("checkDecision", bid.getReference() + " is not waiting for a check.");
        }
        if (!accept && comment == null) {
            throw new InvalidInputException(
                    "checkComment", "Comment is missing: say what the lead should add or change.");
        }

        if (accept) {
            bid.changeStatus(BidStatus.ACCEPTED);
        } else {
            bid.returnToLead(comment);
            events.publishEvent(new CapitalBidReturned(
                    bid.getId(),
                    bid.getReference(),
                    bid.getCluster().getCode(),
                    bid.getDetails().getTitle(),
                    bid.getAmount(),
                    bid.getVersion(),
                    bid.getSubmittedBy(),
                    comment,
                    officer));
        }
        log.info(
                "Capital bid {} version {} {} by {}",
                bid.getReference(),
                bid.getVersion(),
                accept ? "accepted" : "returned",
                officer);
        audit.record(
                accept ? "bid accepted for scoring" : "bid returned",
                bid.getReference(),
                bid.getCluster().getCode(),
                "version " + bid.getVersion() + (comment == null ? "" : ": " + comment));
    }
}
