package uk.gov.york.inclusion.priorities;

import java.util.NoSuchElementException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.audit.AuditTrail;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.workflow.CurrentUser;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * Records the current value of a priority's measure during the year, against the cluster's approved plan. Only
 * the cluster's leads record readings; a numeric measure takes only numbers, so the latest reading compares with
 * baseline and target.
 */
@Service
public class PriorityProgress {

    static final int MAXIMUM_READING_LENGTH = 200;
    static final int MAXIMUM_NOTE_LENGTH = 4000;
    private static final Logger log = LoggerFactory.getLogger(PriorityProgress.class);

    private final PriorityPlans plans;
    private final PlanRevisions revisions;
    private final ProgressReadings readings;
    private final AuditTrail audit;
    private final CurrentUser currentUser;

    public PriorityProgress(
            PriorityPlans plans,
            PlanRevisions revisions,
            ProgressReadings readings,
            CurrentUser currentUser,
            AuditTrail audit) {
        this.plans = plans;
        this.revisions = revisions;
        this.readings = readings;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Returns the cluster's approved plan for the year, or raises {@link NoSuchElementException}. */
    @Transactional(readOnly = true)
    public PriorityPlan approvedPlan(Cluster cluster, FinancialYear year) {
        return plans.findApproved(cluster, year)
                .orElseThrow(() -> new NoSuchElementException(
                        "The " + cluster.getName() + " cluster has no approved priority plan for " + year + "."));
    }

    @Transactional(readOnly = true)
    public Optional<ProgressReading> latest(PriorityPlan plan, int position) {
        return readings.findFirstByPlanAndPositionOrderByIdDesc(plan, position);
    }

    /** Records a reading of one priority's measure in the cluster's approved plan for the year. */
    @Transactional
    public ProgressReading record(Cluster cluster, FinancialYear year, int position, String reading, String note) {
        if (!currentUser.isMemberOf(cluster.leadGroupId())) {
            throw new InvalidInputException(
                    "cluster", "Only a lead of the " + cluster.getName() + " cluster can record its progress.");
        }
        PriorityPlan plan = approvedPlan(cluster, year);
        ClusterPriority priority = priorityAt(plan, position);
        String value = checkedReading(priority, reading);
        String checkedNote = checkedNote(note);

        ProgressReading saved =
                readings.save(new ProgressReading(plan, position, value, checkedNote, currentUser.id()));
        log.info(
                "Progress {} recorded on priority {} of {} by {}",
                value,
                position,
                plan.getReference(),
                currentUser.id());
        audit.record(
                "progress recorded",
                plan.getReference(),
                cluster.getCode(),
                "priority " + position + ": " + value + (checkedNote == null ? "" : " (" + checkedNote + ")"));
        return saved;
    }

    private ClusterPriority priorityAt(PriorityPlan plan, int position) {
        return revisions.currentPriorities(plan).stream()
                .filter(priority -> priority.getPosition() == position)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "position", plan.getReference() + " has no priority " + position + "."));
    }

    private static String checkedReading(ClusterPriority priority, String reading) {
        if (reading == null || reading.isBlank()) {
            throw new InvalidInputException("value", "Value is missing: give the measure's current value.");
        }
        String value = reading.trim();
        if (value.length() > MAXIMUM_READING_LENGTH) {
            throw new InvalidInputException(
                    "value",
                    "Value is " + value.length() + " characters long; the limit is " + MAXIMUM_READING_LENGTH + ".");
        }
        if (priority.isNumericMeasure()
                && !value.replace(",", "").replace("%", "").matches("-?\\d+(\\.\\d+)?")) {
            throw new InvalidInputException(
                    "value",
                    "Value '" + value + "' is not a number, but the measure is numeric: write a number such"
                            + " as 92.5.");
        }
        return value;
    }

    private static String checkedNote(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.length() > MAXIMUM_NOTE_LENGTH) {
            throw new InvalidInputException(
                    "note", "Note is " + note.length() + " characters long; the limit is " + MAXIMUM_NOTE_LENGTH + ".");
        }
        return note.trim();
    }
}
