package uk.gov.york.inclusion.priorities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.audit.AuditTrail;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.cluster.ClusterDirectory;
import uk.gov.york.inclusion.workflow.CurrentUser;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * Drafts, revises and withdraws priority plans for the cluster lead. Runs inside the process step, so a rejected plan
 * leaves nothing behind: neither the plan nor the process instance.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class PlanDrafting {

    private static final Logger log = LoggerFactory.getLogger(PlanDrafting.class);
    private static final int MAXIMUM_CHANGES_LENGTH = 4000;

    private final PriorityPlans plans;
    private final PlanRevisions revisions;
    private final ClusterDirectory directory;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditTrail audit;

    public PlanDrafting(
            PriorityPlans plans,
            PlanRevisions revisions,
            ClusterDirectory directory,
            CurrentUser currentUser,
            Clock clock,
            AuditTrail audit) {
        this.plans = plans;
        this.revisions = revisions;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = audit;
    }

    PriorityPlan draft(PlanForm form, String processInstanceId) {
        Cluster cluster = directory.require("clusterCode", form.clusterCode());
        requireLead(cluster);
        FinancialYear year = FinancialYear.parse("financialYear", form.financialYear());
        if (year.lastDay().isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException(
                    "financialYear",
                    "Financial year " + year + " has ended: draft the plan for a current or later year.");
        }
        requireNoPlanInProgress(cluster, year);

        String reference = "PRI-" + cluster.getCode().toUpperCase(Locale.ROOT) + "-" + year + "-"
                + (plans.countByClusterAndFinancialYear(cluster, year) + 1);
        // Flushing here turns a plan started at the same moment by another lead into a failed step, through the
        // unique in_progress_key, rather than into a second plan in progress.
        PriorityPlan plan =
                plans.saveAndFlush(new PriorityPlan(reference, cluster, year, currentUser.id(), processInstanceId));
        revisions.save(new PlanRevision(plan, currentUser.id(), "First draft.", form.priorities()));
        log.info(
                "Priority plan {} drafted by {} with {} priorities",
                reference,
                currentUser.id(),
                form.priorities().size());
        audit.record(
                "plan drafted", reference, cluster.getCode(), form.priorities().size() + " priorities for " + year);
        return plan;
    }

    void revise(PriorityPlan plan, PlanForm form) {
        requireLead(plan.getCluster());
        if (plan.getStatus() != PlanStatus.RETURNED) {
            throw new InvalidInputException("priorityCount", plan.getReference() + " is not waiting to be revised.");
        }
        if (!plan.getCluster().getCode().equals(form.clusterCode())
                || !plan.getFinancialYear().toString().equals(form.financialYear())) {
            throw new InvalidInputException(
                    "clusterCode",
                    "The cluster and year of " + plan.getReference() + " cannot change; withdraw it and draft a new"
                            + " plan instead.");
        }
        List<PriorityDetails> previous = revisions
                .findByPlanAndRevision(plan, plan.getRevision())
                .orElseThrow()
                .details();
        plan.startRevision(currentUser.id());
        String changes = describeChanges(previous, form.priorities());
        revisions.save(new PlanRevision(plan, currentUser.id(), changes, form.priorities()));
        log.info(
                "Priority plan {} revised by {} to revision {}",
                plan.getReference(),
                currentUser.id(),
                plan.getRevision());
        audit.record(
                "plan revised",
                plan.getReference(),
                plan.getCluster().getCode(),
                "revision " + plan.getRevision() + ": " + changes);
    }

    void withdraw(PriorityPlan plan) {
        requireLead(plan.getCluster());
        plan.withdraw();
        log.info("Priority plan {} withdrawn by {}", plan.getReference(), currentUser.id());
        audit.record("plan withdrawn", plan.getReference(), plan.getCluster().getCode(), null);
    }

    private void requireLead(Cluster cluster) {
        if (!currentUser.isMemberOf(cluster.leadGroupId())) {
            throw new InvalidInputException(
                    "clusterCode",
                    "Only a lead of the " + cluster.getName() + " cluster can draft or change its priority plan.");
        }
    }

    private void requireNoPlanInProgress(Cluster cluster, FinancialYear year) {
        List<PlanStatus> inProgress = List.of(PlanStatus.AWAITING_AGREEMENT, PlanStatus.IN_REVIEW, PlanStatus.RETURNED);
        List<PriorityPlan> open = plans.findByClusterAndFinancialYearAndStatusIn(cluster, year, inProgress);
        if (!open.isEmpty()) {
            PriorityPlan current = open.get(0);
            throw new InvalidInputException(
                    "financialYear",
                    "The " + cluster.getName() + " cluster already has priority plan " + current.getReference()
                            + " in progress for " + year + " ("
                            + current.getStatus().name().toLowerCase(Locale.ROOT)
                            + "): finish or withdraw it before drafting another.");
        }
    }

    /** Describes what changed between two revisions, one sentence per priority that changed. */
    static String describeChanges(List<PriorityDetails> before, List<PriorityDetails> after) {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            int position = i + 1;
            if (i >= before.size()) {
                sentences.add("Priority " + position + " added.");
            } else if (i >= after.size()) {
                sentences.add("Priority " + position + " removed.");
            } else {
                List<String> fields = changedFields(before.get(i), after.get(i));
                if (!fields.isEmpty()) {
                    sentences.add("Priority " + position + ": " + String.join(", ", fields) + " changed.");
                }
            }
        }
        String changes = sentences.isEmpty() ? "No changes to the priorities." : String.join(" ", sentences);
        return changes.length() > MAXIMUM_CHANGES_LENGTH
                ? changes.substring(0, MAXIMUM_CHANGES_LENGTH - 1) + "…"
                : changes;
    }

    private static List<String> changedFields(PriorityDetails before, PriorityDetails after) {
        List<String> fields = new ArrayList<>();
        addIfChanged(fields, "area", before.area(), after.area());
        addIfChanged(fields, "evidence", before.evidence(), after.evidence());
        addIfChanged(fields, "actions", before.actions(), after.actions());
        addIfChanged(fields, "measure", before.measure(), after.measure());
        addIfChanged(fields, "numeric measure", before.numericMeasure(), after.numericMeasure());
        addIfChanged(fields, "baseline", before.baseline(), after.baseline());
        addIfChanged(fields, "target", before.target(), after.target());
        addIfChanged(fields, "School Wellbeing Worker focus", before.wellbeingFocus(), after.wellbeingFocus());
        return fields;
    }

    private static void addIfChanged(List<String> fields, String name, Object before, Object after) {
        if (!before.equals(after)) {
            fields.add(name);
        }
    }
}
