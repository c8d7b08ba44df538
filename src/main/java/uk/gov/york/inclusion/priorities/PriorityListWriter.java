package uk.gov.york.inclusion.priorities;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.cluster.ClusterDirectory;

/**
 * Writes every cluster's approved priorities for the current and the next financial year into a start form's
 * priority list. Tasklist 7.24 gives a start form no data from the server, so the list must live in the form itself.
 * The form picks the chosen cluster's entries the same way it picks its schools.
 */
@Component
public class PriorityListWriter {

    static final String PRIORITY_FIELD = "priority";

    private final ClusterDirectory directory;
    private final PriorityChoices choices;
    private final ObjectMapper json;
    private final Clock clock;

    PriorityListWriter(ClusterDirectory directory, PriorityChoices choices, ObjectMapper json, Clock clock) {
        this.directory = directory;
        this.choices = choices;
        this.json = json;
        this.clock = clock;
    }

    /** Returns the form JSON with the {@code priority} field's options set from the approved plans. */
    public String writeInto(String formJson, String resource) {
        try {
            JsonNode form = json.readTree(formJson);
            priorityField(form, resource).put("valuesExpression", expression());
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(resource + " is not valid JSON", e);
        }
    }

    /** Builds a FEEL expression that picks the chosen cluster's list from a context of all clusters. */
    String expression() {
        FinancialYear current = FinancialYear.containing(LocalDate.now(clock));
        List<FinancialYear> years = List.of(current, current.next());
        String entries = directory.clusters().stream()
                .map(cluster -> feelString(cluster.getCode()) + ": " + feelList(choices.options(cluster, years)))
                .collect(Collectors.joining(", "));
        return "=get value({" + entries + "}, clusterCode)";
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

    private static ObjectNode priorityField(JsonNode form, String resource) {
        for (JsonNode component : form.path("components")) {
            if (PRIORITY_FIELD.equals(component.path("key").asText())) {
                return (ObjectNode) component;
            }
        }
        throw new IllegalStateException(resource + " has no '" + PRIORITY_FIELD + "' field");
    }
}
