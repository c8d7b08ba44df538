package uk.gov.york.inclusion.priorities.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.budget.Money;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.cluster.ClusterAccess;
import uk.gov.york.inclusion.cluster.ClusterAccessDeniedException;
import uk.gov.york.inclusion.cluster.ClusterDirectory;
import uk.gov.york.inclusion.priorities.AgreementAnswers;
import uk.gov.york.inclusion.priorities.ApprovedPriorities;
import uk.gov.york.inclusion.priorities.ClusterPriority;
import uk.gov.york.inclusion.priorities.FundedPriority;
import uk.gov.york.inclusion.priorities.FundingTotals;
import uk.gov.york.inclusion.priorities.PlanRevision;
import uk.gov.york.inclusion.priorities.PlanRevisions;
import uk.gov.york.inclusion.priorities.PriorityPlan;
import uk.gov.york.inclusion.priorities.PriorityProgress;
import uk.gov.york.inclusion.priorities.ProgressReading;
import uk.gov.york.inclusion.workflow.CurrentUser;

/**
 * A cluster's approved priority plan for a year, for its own leads and headteachers and the city-wide roles.
 */
@RestController
class PriorityController {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final ClusterDirectory directory;
    private final ClusterAccess access;
    private final CurrentUser currentUser;
    private final PriorityProgress progress;
    private final PlanRevisions revisions;
    private final AgreementAnswers answers;
    private final ApprovedPriorities approvedPriorities;
    private final Clock clock;

    PriorityController(
            ClusterDirectory directory,
            ClusterAccess access,
            CurrentUser currentUser,
            PriorityProgress progress,
            PlanRevisions revisions,
            AgreementAnswers answers,
            ApprovedPriorities approvedPriorities,
            Clock clock) {
        this.directory = directory;
        this.access = access;
        this.currentUser = currentUser;
        this.progress = progress;
        this.revisions = revisions;
        this.answers = answers;
        this.approvedPriorities = approvedPriorities;
        this.clock = clock;
    }

    @GetMapping("/api/clusters/{code}/priorities")
    @Transactional(readOnly = true)
    PlanView approvedPlan(@PathVariable String code, @RequestParam(required = false) String year) {
        Cluster cluster = directory.require("cluster", code);
        if (!access.canView(cluster) && !currentUser.isMemberOf(cluster.headteacherGroupId())) {
            throw new ClusterAccessDeniedException(currentUser.id(), cluster.getCode());
        }
        PriorityPlan plan = progress.approvedPlan(cluster, FinancialYear.parseOrCurrent("year", year, clock));
        return view(plan);
    }

    /** Records a reading of a priority's measure; the cluster's leads only, JSON only against cross-site forms. */
    @PostMapping(
            path = "/api/clusters/{code}/priorities/{position}/progress",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ReadingView recordProgress(
            @PathVariable String code,
            @PathVariable int position,
            @RequestParam(required = false) String year,
            @RequestBody ProgressRequest body) {
        Cluster cluster = directory.require("cluster", code);
        if (!access.isLeadOf(cluster)) {
            throw new ClusterAccessDeniedException(currentUser.id(), cluster.getCode());
        }
        return ReadingView.of(progress.record(
                cluster, FinancialYear.parseOrCurrent("year", year, clock), position, body.value(), body.note()));
    }

    private PlanView view(PriorityPlan plan) {
        List<PlanRevision> history = revisions.findByPlanOrderByRevision(plan);
        return new PlanView(
                plan.getReference(),
                plan.getCluster().getCode(),
                plan.getFinancialYear().toString(),
                plan.getRevision(),
                plan.getDraftedBy(),
                plan.getApprovedBy(),
                plan.getApprovedAt().atZone(UK).toOffsetDateTime().toString(),
                approvedPriorities.priorities(plan).stream()
                        .map(PriorityView::of)
                        .toList(),
                answers.findByPlanAndRevisionOrderByHeadteacher(plan, plan.getRevision()).stream()
                        .map(answer -> new AgreementView(
                                answer.getHeadteacher(), answer.getOutcome().name(), answer.getComment()))
                        .toList(),
                history.stream()
                        .map(revision -> new RevisionView(
                                revision.getRevision(),
                                revision.getRevisedBy(),
                                revision.getRevisedAt()
                                        .atZone(UK)
                                        .toOffsetDateTime()
                                        .toString(),
                                revision.getChanges()))
                        .toList());
    }

    record PlanView(
            String reference,
            String cluster,
            String financialYear,
            int revision,
            String draftedBy,
            String approvedBy,
            String approvedAt,
            List<PriorityView> priorities,
            List<AgreementView> agreement,
            List<RevisionView> revisions) {}

    record PriorityView(
            int position,
            String area,
            String areaLabel,
            String evidence,
            String actions,
            String measure,
            boolean numericMeasure,
            String baseline,
            String target,
            String wellbeingFocus,
            ReadingView latest,
            String committed,
            String spent) {

        static PriorityView of(FundedPriority funded) {
            ClusterPriority priority = funded.priority();
            FundingTotals funding = funded.funding();
            return new PriorityView(
                    priority.getPosition(),
                    priority.getArea().code(),
                    priority.getArea().label(),
                    priority.getEvidence(),
                    priority.getActions(),
                    priority.getMeasure(),
                    priority.isNumericMeasure(),
                    priority.getBaseline(),
                    priority.getTarget(),
                    priority.getWellbeingFocus(),
                    funded.latest().map(ReadingView::of).orElse(null),
                    Money.plain(funding.committed()),
                    Money.plain(funding.spent()));
        }
    }

    /** The latest reading of a priority's measure, to compare with its baseline and target. */
    record ReadingView(String value, String note, String recordedBy, String recordedAt) {

        static ReadingView of(ProgressReading reading) {
            return new ReadingView(
                    reading.getReading(),
                    reading.getNote(),
                    reading.getRecordedBy(),
                    reading.getRecordedAt().atZone(UK).toOffsetDateTime().toString());
        }
    }

    record ProgressRequest(String value, String note) {}

    record AgreementView(String headteacher, String outcome, String comment) {}

    record RevisionView(int revision, String revisedBy, String revisedAt, String changes) {}
}
