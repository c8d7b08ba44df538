package uk.gov.york.inclusion.priorities;

import java.util.List;
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

/**
 * Records an inclusion officer's decision on a plan revision and approves the plan. Decisions are stored here, not
 * in process variables, and approval checks them again, so a variable set through the REST API cannot approve a plan.
 * Nobody reviews a plan they drafted or revised.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class PlanReview {

    private static final Logger log = LoggerFactory.getLogger(PlanReview.class);

    private final PriorityPlans plans;
    private final PlanDecisions decisions;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    public PlanReview(
            PriorityPlans plans,
            PlanDecisions decisions,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            AuditTrail audit) {
        this.plans = plans;
        this.decisions = decisions;
        this.currentUser = currentUser;
        this.events = events;
        this.audit = audit;
    }

    void recordDecision(PriorityPlan plan, PlanDecisionOutcome outcome, String comment) {
        String reviewer = currentUser.id();
        if (plan.getStatus() != PlanStatus.IN_REVIEW) {
            throw new InvalidInputException("planDecision", plan.getReference() + " is not in review.");
        }
        if (!currentUser.isMemberOf(Groups.INCLUSION_OFFICERS)) {
            throw new InvalidInputException(
                    "planDecision", "Only an inclusion officer can decide on " + plan.getReference() + ".");
        }
        if (plan.isAuthor(reviewer)) {
            throw new InvalidInputException(
                    "planDecision",
                    "You drafted or revised " + plan.getReference() + ", so someone else must review it.");
        }
        if (outcome == PlanDecisionOutcome.RETURN && comment == null) {
            throw new InvalidInputException(
                    "planComment", "Comment is missing: say what the lead should change before the plan is approved.");
        }
        PlanDecision decision = decisions.save(new PlanDecision(plan, reviewer, outcome, comment));
        if (outcome == PlanDecisionOutcome.RETURN) {
            plan.returnToLead(comment);
            events.publishEvent(new PlanReturned(
                    plan.getId(),
                    plan.getReference(),
                    plan.getCluster().getCode(),
                    plan.getFinancialYear().toString(),
                    plan.getDraftedBy(),
                    comment,
                    reviewer,
                    decision.getId()));
        }
        log.info("Priority plan {} revision {}: {} by {}", plan.getReference(), plan.getRevision(), outcome, reviewer);
        audit.record(
                "plan review " + (outcome == PlanDecisionOutcome.APPROVE ? "approved" : "returned"),
                plan.getReference(),
                plan.getCluster().getCode(),
                "revision " + plan.getRevision() + (comment == null ? "" : ": " + comment));
    }

    /** Returns where the process goes after the review: {@code approved} or {@code returned}. */
    public String routeAfterReview(Long planId) {
        PriorityPlan plan = plans.findById(planId).orElseThrow();
        return latestDecision(plan).getOutcome() == PlanDecisionOutcome.APPROVE ? "approved" : "returned";
    }

    /**
     * Makes the plan the cluster's approved plan for its year, after checking the stored decision, and marks the plan
     * it replaces as superseded. Earlier plans keep their rows, so the history stays.
     */
    void approve(PriorityPlan plan) {
        PlanDecision decision = latestDecision(plan);
        if (decision.getOutcome() != PlanDecisionOutcome.APPROVE || plan.isAuthor(decision.getReviewer())) {
            throw new IllegalStateException(
                    plan.getReference() + " revision " + plan.getRevision() + " has no independent approval");
        }
        for (PriorityPlan previous : plans.findByClusterAndFinancialYearAndStatusIn(
                plan.getCluster(), plan.getFinancialYear(), List.of(PlanStatus.APPROVED))) {
            previous.supersede();
            log.info("Priority plan {} superseded by {}", previous.getReference(), plan.getReference());
            audit.record(
                    "plan superseded",
                    previous.getReference(),
                    previous.getCluster().getCode(),
                    "by " + plan.getReference());
        }
        plan.approve(decision.getReviewer());
        events.publishEvent(new PlanApproved(
                plan.getId(),
                plan.getReference(),
                plan.getCluster().getCode(),
                plan.getFinancialYear().toString(),
                decision.getReviewer()));
        log.info("Priority plan {} approved by {}", plan.getReference(), decision.getReviewer());
        audit.record(
                "plan approved",
                plan.getReference(),
                plan.getCluster().getCode(),
                "revision " + plan.getRevision() + " for " + plan.getFinancialYear());
        events.publishEvent(new PlanApproved(
                plan.getId(),
                plan.getReference(),
                plan.getCluster().getCode(),
                plan.getFinancialYear().toString(),
                decision.getReviewer()));
    }

    private PlanDecision latestDecision(PriorityPlan plan) {
        List<PlanDecision> round = decisions.findByPlanAndRevisionOrderById(plan, plan.getRevision());
        if (round.isEmpty()) {
            throw new IllegalStateException(plan.getReference() + " has no decision on revision " + plan.getRevision());
        }
        return round.get(round.size() - 1);
    }
}
