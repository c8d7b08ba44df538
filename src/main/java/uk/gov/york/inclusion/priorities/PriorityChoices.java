package uk.gov.york.inclusion.priorities;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * The priorities a funding request may name: those of its cluster's approved plan for the request's financial year.
 * A form submits a choice as {@code <year>/<position>}, such as {@code 2026-27/3}, or {@value #NONE} with a reason
 * while the cluster has no approved plan for that year.
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
public class PriorityChoices {

    public static final String NONE = "none";
    public static final String NONE_LABEL = "None yet: the cluster has no approved plan for that year";
    static final int MAXIMUM_MEASURE_IN_LABEL = 90;
    private static final Pattern CHOICE = Pattern.compile("(\\d{4}-\\d{2})/(\\d{1,2})");

    private final PriorityPlans plans;
    private final PlanRevisions revisions;
    private final ObjectMapper json;

    PriorityChoices(PriorityPlans plans, PlanRevisions revisions, ObjectMapper json) {
        this.plans = plans;
        this.revisions = revisions;
        this.json = json;
    }

    /**
     * Returns the year's choices as a JSON variable for a task form's {@code valuesKey}, because a task form lists
     * only options that reach it as variables.
     */
    public TypedValue optionsVariable(Cluster cluster, FinancialYear year) {
        try {
            return SpinValues.jsonValue(json.writeValueAsString(options(cluster, year)))
                    .create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Priority choices of " + cluster.getCode() + " cannot be written", e);
        }
    }

    /** Returns how the forms show a stored choice: the priority's label, or "None yet" with the reason. */
    public String describe(Cluster cluster, FinancialYear year, Integer position, String noPriorityReason) {
        if (position == null) {
            return "None yet: " + noPriorityReason;
        }
        String chosen = year + "/" + position;
        return options(cluster, year).stream()
                .filter(option -> option.value().equals(chosen))
                .map(PriorityOption::label)
                .findFirst()
                .orElse(year + " priority " + position + ", no longer in the approved plan");
    }

    /** Returns the choices for one year: each priority of the approved plan, or "None yet" while there is none. */
    public List<PriorityOption> options(Cluster cluster, FinancialYear year) {
        List<PriorityOption> planned = plannedOptions(cluster, year);
        return planned.isEmpty() ? List.of(new PriorityOption(NONE_LABEL, NONE)) : planned;
    }

    /** Returns the choices across several years, for a form on which the request's year is not yet known. */
    public List<PriorityOption> options(Cluster cluster, List<FinancialYear> years) {
        List<PriorityOption> options = new ArrayList<>();
        years.forEach(year -> options.addAll(plannedOptions(cluster, year)));
        options.add(new PriorityOption(NONE_LABEL, NONE));
        return options;
    }

    private List<PriorityOption> plannedOptions(Cluster cluster, FinancialYear year) {
        return plans.findApproved(cluster, year)
                .map(plan -> revisions.currentPriorities(plan).stream()
                        .map(priority -> option(year, priority))
                        .toList())
                .orElse(List.of());
    }

    /**
     * Checks a submitted choice against the cluster's approved plan for the request's year. Raises, naming the field,
     * for a priority that plan does not have, and for "None yet" without a reason or while an approved plan exists.
     */
    public PriorityLink resolve(Cluster cluster, FinancialYear year, String choice, String noPriorityReason) {
        if (choice == null || choice.isBlank()) {
            throw new InvalidInputException(
                    "priority",
                    "Priority is missing: choose the priority of the cluster's plan that this request serves, or"
                            + " \"None yet\" with a reason.");
        }
        Optional<PriorityPlan> plan = plans.findApproved(cluster, year);
        if (NONE.equals(choice.trim())) {
            return noPriority(cluster, year, plan, noPriorityReason);
        }
        int position = positionIn(year, choice.trim());
        PriorityPlan approved = plan.orElseThrow(() -> new InvalidInputException(
                "priority",
                "The " + cluster.getName() + " cluster has no approved priority plan for " + year
                        + ": choose \"None yet\" and give a reason."));
        ClusterPriority priority = revisions.currentPriorities(approved).stream()
                .filter(candidate -> candidate.getPosition() == position)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "priority",
                        "Cluster priority " + position + " is not in " + approved.getReference()
                                + ": choose one of its priorities."));
        return new PriorityLink(position, approved.getReference(), null, label(year, priority));
    }

    private PriorityLink noPriority(
            Cluster cluster, FinancialYear year, Optional<PriorityPlan> plan, String noPriorityReason) {
        if (plan.isPresent()) {
            throw new InvalidInputException(
                    "priority",
                    "The " + cluster.getName() + " cluster has an approved priority plan for " + year + " ("
                            + plan.get().getReference() + "): choose the priority this request serves.");
        }
        if (noPriorityReason == null || noPriorityReason.isBlank()) {
            throw new InvalidInputException(
                    "noPriorityReason",
                    "Reason is missing: say why the request cannot wait for the cluster's priority plan.");
        }
        String reason = noPriorityReason.trim();
        return new PriorityLink(null, null, reason, "None yet: " + reason);
    }

    /** Parses {@code 2026-27/3} and checks that its year is the request's year. */
    private static int positionIn(FinancialYear year, String choice) {
        Matcher matcher = CHOICE.matcher(choice);
        if (!matcher.matches()) {
            throw new InvalidInputException(
                    "priority", "Priority '" + choice + "' is not valid: choose one from the list.");
        }
        FinancialYear chosenYear = FinancialYear.parse("priority", matcher.group(1));
        if (!chosenYear.equals(year)) {
            throw new InvalidInputException(
                    "priority",
                    "Priority " + matcher.group(2) + " of the " + chosenYear + " plan cannot be named for " + year
                            + ": choose a priority of the " + year + " plan.");
        }
        return Integer.parseInt(matcher.group(2));
    }

    private static PriorityOption option(FinancialYear year, ClusterPriority priority) {
        return new PriorityOption(label(year, priority), year + "/" + priority.getPosition());
    }

    /** Labels a priority as leads know it, such as "2026-27 priority 3, Attendance: persistent absence". */
    static String label(FinancialYear year, ClusterPriority priority) {
        String measure = priority.getMeasure().strip();
        if (measure.length() > MAXIMUM_MEASURE_IN_LABEL) {
            measure = measure.substring(0, MAXIMUM_MEASURE_IN_LABEL - 1).strip() + "…";
        }
        return year + " priority " + priority.getPosition() + ", "
                + priority.getArea().label() + ": " + measure;
    }
}
