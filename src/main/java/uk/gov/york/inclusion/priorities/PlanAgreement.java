package uk.gov.york.inclusion.priorities;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.audit.AuditTrail;
import uk.gov.york.inclusion.workflow.CurrentUser;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * Runs the headteachers' agreement round of a plan revision: records who is asked, each answer, and who did not
 * answer by the due date. Only a member of the cluster's headteachers group who was asked in this round may answer,
 * and only for themselves.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class PlanAgreement {

    private static final Logger log = LoggerFactory.getLogger(PlanAgreement.class);

    private final PriorityPlans plans;
    private final AgreementAnswers answers;
    private final IdentityService identityService;
    private final AuditTrail audit;
    private final CurrentUser currentUser;

    public PlanAgreement(
            PriorityPlans plans,
            AgreementAnswers answers,
            IdentityService identityService,
            CurrentUser currentUser,
            AuditTrail audit) {
        this.plans = plans;
        this.answers = answers;
        this.identityService = identityService;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Asks every current member of the cluster's headteachers group; returns their user ids. */
    List<String> open(PriorityPlan plan) {
        String group = plan.getCluster().headteacherGroupId();
        List<String> headteachers =
                identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().stream()
                        .map(User::getId)
                        .toList();
        for (String headteacher : headteachers) {
            answers.save(new AgreementAnswer(plan, headteacher));
        }
        if (headteachers.isEmpty()) {
            log.warn(
                    "Priority plan {}: group {} has no members, so nobody is asked to agree",
                    plan.getReference(),
                    group);
        } else {
            log.info("Priority plan {} revision {} sent to {}", plan.getReference(), plan.getRevision(), headteachers);
        }
        return headteachers;
    }

    /** Returns the headteachers asked in the plan's current round, one agreement task each. */
    public List<String> headteachersAsked(Long planId) {
        PriorityPlan plan = plans.findById(planId).orElseThrow();
        return answers.findByPlanAndRevisionOrderByHeadteacher(plan, plan.getRevision()).stream()
                .map(AgreementAnswer::getHeadteacher)
                .toList();
    }

    /**
     * Records the signed-in headteacher's answer. The task's headteacher comes from the engine, the person from the
     * login, and both must match a pending answer of this round.
     */
    void answer(PriorityPlan plan, String taskHeadteacher, AgreementOutcome outcome, String comment) {
        String userId = currentUser.id();
        if (!currentUser.isMemberOf(plan.getCluster().headteacherGroupId())) {
            throw new InvalidInputException(
                    "agreement",
                    "Only a headteacher of the " + plan.getCluster().getName() + " cluster can answer for "
                            + plan.getReference() + ".");
        }
        if (!userId.equals(taskHeadteacher)) {
            throw new InvalidInputException(
                    "agreement", "This task asks " + taskHeadteacher + ", so only they can answer it.");
        }
        if (plan.getStatus() != PlanStatus.AWAITING_AGREEMENT) {
            throw new InvalidInputException("agreement", plan.getReference() + " is not waiting for agreement.");
        }
        AgreementAnswer answer = answers.findByPlanAndRevisionAndHeadteacher(plan, plan.getRevision(), userId)
                .filter(found -> found.getOutcome() == AgreementOutcome.PENDING)
                .orElseThrow(() -> new InvalidInputException(
                        "agreement",
                        userId + " was not asked to agree revision " + plan.getRevision() + " of " + plan.getReference()
                                + ", or has answered already."));
        if (outcome == AgreementOutcome.COMMENTED && comment == null) {
            throw new InvalidInputException("agreementComment", "Comment is missing: say what should change.");
        }
        answer.answer(outcome, comment);
        log.info("Priority plan {} revision {}: {} by {}", plan.getReference(), plan.getRevision(), outcome, userId);
        audit.record(
                "plan " + outcome.name().toLowerCase(Locale.ROOT),
                plan.getReference(),
                plan.getCluster().getCode(),
                "revision " + plan.getRevision() + (comment == null ? "" : ": " + comment));
    }

    /** Ends the round: whoever has not answered is recorded as not answering, and the plan goes to review. */
    void close(PriorityPlan plan) {
        List<String> silent = answers.findByPlanAndRevisionOrderByHeadteacher(plan, plan.getRevision()).stream()
                .filter(answer -> answer.getOutcome() == AgreementOutcome.PENDING)
                .peek(AgreementAnswer::markNoAnswer)
                .map(AgreementAnswer::getHeadteacher)
                .toList();
        plan.sendToReview();
        log.info(
                "Priority plan {} revision {} agreement closed; no answer from {}",
                plan.getReference(),
                plan.getRevision(),
                silent);
        audit.record(
                "plan agreement closed",
                plan.getReference(),
                plan.getCluster().getCode(),
                "revision " + plan.getRevision() + "; no answer from " + silent);
    }

    List<AgreementAnswer> currentRound(PriorityPlan plan) {
        return answers.findByPlanAndRevisionOrderByHeadteacher(plan, plan.getRevision());
    }
}
