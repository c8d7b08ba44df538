package uk.gov.york.inclusion.commissioning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.cluster.ClusterDirectory;
import uk.gov.york.inclusion.priorities.PlanApproved;
import uk.gov.york.inclusion.priorities.PriorityChoices;
import uk.gov.york.inclusion.priorities.PriorityOption;
import uk.gov.york.inclusion.workflow.GeneratedForm;
import uk.gov.york.inclusion.workflow.GeneratedFormPublisher;

/**
 * The commissioning request start form, with each cluster's approved priorities for the current and the next
 * financial year written into its priority list. It is deployed again after every plan approval commits, so the
 * list follows the plans. The registration checks the chosen priority against the plan either way.
 */
@Component
class RequestStartForm implements GeneratedForm {

    static final String RESOURCE = "forms/commissioning-request.form";
    static final String PRIORITY_FIELD = "priority";

    private final ClusterDirectory directory;
    private final PriorityChoices priorities;
    private final GeneratedFormPublisher publisher;
    private final ObjectMapper json;
    private final Clock clock;

    RequestStartForm(
            ClusterDirectory directory,
            PriorityChoices priorities,
            GeneratedFormPublisher publisher,
            ObjectMapper json,
            Clock clock) {
        this.directory = directory;
        this.priorities = priorities;
        this.publisher = publisher;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String render(String template) {
        try {
            JsonNode form = json.readTree(template);
            priorityField(form).put("valuesExpression", choicesExpression());
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(RESOURCE + " is not valid JSON", e);
        }
    }

    /** Deploys the form again once an approved plan has committed; a fresh transaction reads the new plan. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onPlanApproved(PlanApproved approved) {
        publisher.publish(this);
    }

    /**
     * Builds a FEEL expression that picks the chosen cluster's list from a context of all six, the same way the
     * form picks its schools.
     */
    String choicesExpression() {
        FinancialYear current = FinancialYear.containing(LocalDate.now(clock));
        List<FinancialYear> years = List.of(current, current.next());
        String entries = directory.clusters().stream()
                .map(cluster -> feelString(cluster.getCode()) + ": " + feelList(choicesOf(cluster, years)))
                .collect(Collectors.joining(", "));
        return "=get value({" + entries + "}, clusterCode)";
    }

    private List<PriorityOption> choicesOf(Cluster cluster, List<FinancialYear> years) {
        return priorities.options(cluster, years);
    }

    private static String feelList(List<PriorityOption> options) {
        return options.stream()
                .map(option -> "{label: " + feelString(option.label()) + ", value: " + feelString(option.value()) + "}")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * Quotes text as a FEEL string. Labels contain what leads typed, and FEEL escape handling differs between the
     * engine and the browser's form library. So quotes and backslashes are replaced rather than escaped, and control
     * characters become spaces. The label still reads the same and cannot end the string early.
     */
    static String feelString(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"') {
                quoted.append('\'');
            } else if (c == '\\') {
                quoted.append('/');
            } else if (Character.isISOControl(c)) {
                quoted.append(' ');
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append('"').toString();
    }

    private static ObjectNode priorityField(JsonNode form) {
        for (JsonNode component : form.path("components")) {
            if (PRIORITY_FIELD.equals(component.path("key").asText())) {
                return (ObjectNode) component;
            }
        }
        throw new IllegalStateException(RESOURCE + " has no '" + PRIORITY_FIELD + "' field");
    }
}
