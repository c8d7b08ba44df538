package uk.gov.york.inclusion.commissioning;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.audit.AuditTrail;
import uk.gov.york.inclusion.budget.BudgetLedger;
import uk.gov.york.inclusion.budget.BudgetPosition;
import uk.gov.york.inclusion.budget.InsufficientFundsException;
import uk.gov.york.inclusion.budget.Money;
import uk.gov.york.inclusion.workflow.CurrentUser;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * Checks a request against the budget, records each reviewer's decision and commits the money once every required
 * approver has approved.
 *
 * <p>Decisions are stored here, not in process variables, and the commit checks them again: a variable such as
 * {@code approved=true} set through the REST API cannot commit money. Nobody reviews a request they submitted or
 * amended, and nobody approves the same request at two levels of one round.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class RequestReview {

    private static final Logger log = LoggerFactory.getLogger(RequestReview.class);

    private final CommissioningRequests requests;
    private final ReviewDecisions decisions;
    private final BudgetLedger ledger;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    public RequestReview(
            CommissioningRequests requests,
            ReviewDecisions decisions,
            BudgetLedger ledger,
            CurrentUser currentUser,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.requests = requests;
        this.decisions = decisions;
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
    }

    /** Returns whether the cluster can afford the request now; if not, sends it back to the lead saying why. */
    boolean checkFunds(CommissioningRequest request) {
        BudgetPosition position = ledger.position(request.getCluster(), request.getFinancialYear());
        if (position.available().compareTo(request.getAmount()) >= 0) {
            return true;
        }
        returnForFunds(request, shortOfFunds(request, position.available()));
        log.info(
                "Commissioning request {} returned to its lead: {} available",
                request.getReference(),
                Money.format(position.available()));
        return false;
    }

    void startRound(CommissioningRequest request, List<String> approverGroups) {
        if (approverGroups.isEmpty()) {
            throw new IllegalStateException("The approval table named no approver for " + request.getReference());
        }
        request.startReviewRound(approverGroups);
        log.info(
                "Commissioning request {} in review round {} by {}",
                request.getReference(),
                request.getReviewRound(),
                approverGroups);
    }

    /**
     * Records the decision of the approver group whose turn it is. The group comes from the request's review round in
     * the database, never from a process variable, so a reviewer cannot pass the next level to another group.
     */
    void recordDecision(CommissioningRequest request, ReviewOutcome outcome, String comment) {
        String reviewer = currentUser.id();
        String approverGroup = nextApproverGroup(request);
        requireMayReview(request, approverGroup, reviewer);
        if (outcome != ReviewOutcome.APPROVE && comment == null) {
            throw new InvalidInputException(
                    "reviewComment",
                    "Comment is missing: say why the request is "
                            + (outcome == ReviewOutcome.RETURN ? "returned" : "rejected") + ".");
        }

        ReviewDecision decision = decisions.save(new ReviewDecision(
                request,
                ReviewDecision.Subject.REQUEST,
                approverGroup,
                reviewer,
                outcome,
                comment,
                request.getAmount()));
        if (outcome == ReviewOutcome.RETURN) {
            request.returnToLead(comment);
            events.publishEvent(new CommissioningRequestReturned(
                    request.getId(),
                    request.getReference(),
                    request.getCluster().getCode(),
                    request.getAmount(),
                    request.getSubmittedBy(),
                    comment,
                    reviewer,
                    "decision-" + decision.getId()));
        } else if (outcome == ReviewOutcome.REJECT) {
            request.changeStatus(CommissioningStatus.REJECTED);
            events.publishEvent(new CommissioningRequestRejected(
                    request.getId(),
                    request.getReference(),
                    request.getCluster().getCode(),
                    request.getAmount(),
                    request.getSubmittedBy(),
                    comment,
                    reviewer,
                    decision.getId()));
        }
        log.info("Commissioning request {}: {} by {} for {}", request.getReference(), outcome, reviewer, approverGroup);
        audit.record(
                "request " + outcome.pastTense(),
                request.getReference(),
                request.getCluster().getCode(),
                "as " + approverGroup + (comment == null ? "" : ": " + comment));
    }

    /** Returns the group that reviews the request next in the current round; the review task's candidate group. */
    public String nextApproverGroup(Long requestId) {
        return nextApproverGroup(requests.findById(requestId).orElseThrow());
    }

    /**
     * Returns where the process goes after a review: {@code next-approver} while a required group has still to
     * approve, {@code approved} when all have, {@code returned} or {@code rejected}.
     */
    public String routeAfterReview(Long requestId) {
        CommissioningRequest request = requests.findById(requestId).orElseThrow();
        List<ReviewDecision> round = currentRound(request);
        if (round.isEmpty()) {
            throw new IllegalStateException(
                    request.getReference() + " has no decision in review round " + request.getReviewRound());
        }
        ReviewOutcome latest = round.get(round.size() - 1).getOutcome();
        if (latest == ReviewOutcome.RETURN) {
            return "returned";
        }
        if (latest == ReviewOutcome.REJECT) {
            return "rejected";
        }
        return nextApproverGroup(request) == null ? "approved" : "next-approver";
    }

    /** Returns the next required group: groups approve in order, so the count of approvals so far points at it. */
    private String nextApproverGroup(CommissioningRequest request) {
        long approvals = currentRound(request).stream()
                .filter(decision -> decision.getOutcome() == ReviewOutcome.APPROVE)
                .count();
        List<String> required = request.requiredApprovalGroups();
        return approvals < required.size() ? required.get((int) approvals) : null;
    }

    /**
     * Commits the request's money if every approver group of the round approved it, each through a different person
     * who did not submit or amend it. Returns false, and sends the request back to its lead, when the funds have gone
     * since the check.
     */
    boolean commitFunds(CommissioningRequest request) {
        requireAllApproved(request);
        try {
            ledger.commit(
                    request.getCluster(),
                    request.getFinancialYear(),
                    request.getAmount(),
                    request.getReference(),
                    lastApprover(request));
        } catch (InsufficientFundsException e) {
            returnForFunds(request, shortOfFunds(request, e.getAvailable()));
            log.info("Commissioning request {} approved but not committed: {}", request.getReference(), e.getMessage());
            return false;
        }
        request.changeStatus(CommissioningStatus.COMMISSIONED);
        events.publishEvent(new CommissioningRequestApproved(
                request.getId(),
                request.getReference(),
                request.getCluster().getCode(),
                request.getDetails().getCategory().label(),
                request.getDetails().getProvider(),
                request.getDetails().getDescription(),
                request.getAmount(),
                request.getSubmittedBy(),
                String.join(
                        ", ",
                        currentRound(request).stream()
                                .map(ReviewDecision::getReviewer)
                                .toList())));
        return true;
    }

    /**
     * Sends the request back to its lead because the money is short. The request's version identifies the return: it
     * is the same when the step is retried and different for every later change of the request.
     */
    private void returnForFunds(CommissioningRequest request, String reason) {
        String cause = "funds-" + request.getVersion();
        request.returnToLead(reason);
        events.publishEvent(new CommissioningRequestReturned(
                request.getId(),
                request.getReference(),
                request.getCluster().getCode(),
                request.getAmount(),
                request.getSubmittedBy(),
                reason,
                null,
                cause));
    }

    private void requireMayReview(CommissioningRequest request, String approverGroup, String reviewer) {
        if (request.getStatus() != CommissioningStatus.IN_REVIEW || approverGroup == null) {
            throw new InvalidInputException("reviewDecision", request.getReference() + " is not in review.");
        }
        if (!currentUser.isMemberOf(approverGroup)) {
            throw new InvalidInputException(
                    "reviewDecision",
                    "Only a member of " + approverGroup + " can take this" + " decision on " + request.getReference()
                            + ".");
        }
        if (request.isAuthor(reviewer)) {
            throw new InvalidInputException(
                    "reviewDecision",
                    "You submitted or amended " + request.getReference() + ", so someone else must review it.");
        }
        boolean approvedAlready =
                currentRound(request).stream().anyMatch(d -> d.getReviewer().equals(reviewer));
        if (approvedAlready) {
            throw new InvalidInputException(
                    "reviewDecision",
                    "You have already approved " + request.getReference()
                            + " in this round; a second approver must take this decision.");
        }
    }

    private void requireAllApproved(CommissioningRequest request) {
        Set<String> approvedGroups = new HashSet<>();
        Set<String> approvers = new HashSet<>();
        for (ReviewDecision decision : currentRound(request)) {
            boolean independent = !request.isAuthor(decision.getReviewer());
            if (decision.getOutcome() == ReviewOutcome.APPROVE
                    && independent
                    && approvers.add(decision.getReviewer())) {
                approvedGroups.add(decision.getApproverGroup());
            }
        }
        if (!approvedGroups.containsAll(request.requiredApprovalGroups())) {
            throw new IllegalStateException(request.getReference() + " lacks approvals from "
                    + request.requiredApprovalGroups() + "; it has " + approvedGroups);
        }
    }

    private String lastApprover(CommissioningRequest request) {
        List<ReviewDecision> round = currentRound(request);
        return round.get(round.size() - 1).getReviewer();
    }

    private List<ReviewDecision> currentRound(CommissioningRequest request) {
        return decisions.findByRequestAndSubjectAndRoundOrderById(
                request, ReviewDecision.Subject.REQUEST, request.getReviewRound());
    }

    private static String shortOfFunds(CommissioningRequest request, BigDecimal available) {
        return "The " + request.getCluster().getName() + " cluster has " + Money.format(available) + " available in "
                + request.getFinancialYear() + ", less than the " + Money.format(request.getAmount())
                + " requested. Reduce the amount or withdraw the request.";
    }
}
