package uk.gov.york.inclusion.priorities;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import uk.gov.york.inclusion.workflow.FormValues;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * The fields of the priority plan forms, read from the variables a start form or the revise task submitted. Tasklist's
 * forms have no list that grows, so the priorities are six fixed slots, {@code priority1Area} to {@code
 * priority6Focus}, of which the first {@code priorityCount} are read.
 */
record PlanForm(String clusterCode, String financialYear, List<PriorityDetails> priorities) {

    static final int MAXIMUM_PRIORITIES = 6;
    static final int MAXIMUM_MEASURE_LENGTH = 500;
    static final int MAXIMUM_VALUE_LENGTH = 100;

    /** The suffixes of one slot's fields: {@code priority3Target} is slot 3's target. */
    static final List<String> SLOT_FIELDS =
            List.of("Area", "Evidence", "Actions", "Measure", "Numeric", "Baseline", "Target", "Focus");

    /** The fields a lead may set when drafting or revising; any other variable is rejected. */
    static final Set<String> FIELDS = fields();

    static String slotField(int slot, String suffix) {
        return "priority" + slot + suffix;
    }

    static PlanForm read(VariableScope variables) {
        FormValues values = FormValues.of(variables);
        int count = priorityCount(values.raw("priorityCount"));
        List<PriorityDetails> priorities = new ArrayList<>();
        for (int slot = 1; slot <= count; slot++) {
            priorities.add(readSlot(values, slot));
        }
        return new PlanForm(
                values.text("clusterCode", "Cluster", 40),
                values.text("financialYear", "Financial year", 7),
                List.copyOf(priorities));
    }

    /** Rejects variables that are not fields of the form, such as an officer's decision set on the start form. */
    static void rejectUnknownFields(Set<String> submitted) {
        for (String name : submitted) {
            if (!FIELDS.contains(name)) {
                throw new InvalidInputException(
                        name, "'" + name + "' cannot be set on a priority plan; only the plan form's fields can.");
            }
        }
    }

    private static int priorityCount(Object raw) {
        int count;
        if (raw instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            count = number.intValue();
        } else if (raw instanceof String text && text.trim().matches("-?\\d{1,3}")) {
            count = Integer.parseInt(text.trim());
        } else {
            throw new InvalidInputException(
                    "priorityCount", "Number of priorities is missing or not a whole number: choose 1 to 6.");
        }
        if (count < 1) {
            throw new InvalidInputException(
                    "priorityCount", "A plan needs at least one priority: set the number of priorities to 1 to 6.");
        }
        if (count > MAXIMUM_PRIORITIES) {
            throw new InvalidInputException(
                    "priorityCount",
                    "A plan has at most six priorities, not " + count + ": merge or drop some of them.");
        }
        return count;
    }

    private static PriorityDetails readSlot(FormValues values, int slot) {
        String label = "Priority " + slot;
        PriorityArea area =
                PriorityArea.fromCode(slotField(slot, "Area"), label + " area", values.raw(slotField(slot, "Area")));
        String evidence = values.text(slotField(slot, "Evidence"), label + " evidence", FormValues.MAXIMUM_TEXT_LENGTH);
        String actions = values.text(slotField(slot, "Actions"), label + " actions", FormValues.MAXIMUM_TEXT_LENGTH);
        String measure = values.text(slotField(slot, "Measure"), label + " measure", MAXIMUM_MEASURE_LENGTH);
        boolean numeric = isChecked(values.raw(slotField(slot, "Numeric")));
        String baseline = values.text(slotField(slot, "Baseline"), label + " baseline", MAXIMUM_VALUE_LENGTH);
        String target = values.text(slotField(slot, "Target"), label + " target", MAXIMUM_VALUE_LENGTH);
        if (numeric) {
            requireNumber(slotField(slot, "Baseline"), label + " baseline", baseline);
            requireNumber(slotField(slot, "Target"), label + " target", target);
        }
        String focus = values.text(
                slotField(slot, "Focus"), label + " School Wellbeing Worker focus", FormValues.MAXIMUM_TEXT_LENGTH);
        return new PriorityDetails(area, evidence, actions, measure, numeric, baseline, target, focus);
    }

    private static boolean isChecked(Object raw) {
        return Boolean.TRUE.equals(raw) || "true".equals(raw);
    }

    private static void requireNumber(String field, String label, String text) {
        try {
            new BigDecimal(text.replace(",", "").replace("%", "").trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    field,
                    label + " '" + text + "' is not a number, but the measure is numeric: write a number such as"
                            + " 92.5, or untick 'The measure is a number'.");
        }
    }

    private static Set<String> fields() {
        Set<String> fields = new HashSet<>(Set.of("clusterCode", "financialYear", "priorityCount"));
        for (int slot = 1; slot <= MAXIMUM_PRIORITIES; slot++) {
            for (String suffix : SLOT_FIELDS) {
                fields.add(slotField(slot, suffix));
            }
        }
        return Set.copyOf(fields);
    }
}
