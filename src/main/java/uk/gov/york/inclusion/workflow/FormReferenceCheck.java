package uk.gov.york.inclusion.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Checks, before deployment, that every form a model refers to is deployed with it.
 *
 * <p>Forms are bound with {@code camunda:formRefBinding="deployment"}, or {@code "latest"} for a {@link GeneratedForm},
 * so a missing form would otherwise surface only when a task is created and a person opens it. Every user task must have a form, because people work only in
 * Tasklist.
 */
final class FormReferenceCheck {

    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FormReferenceCheck() {}

    /**
     * Raises {@link IllegalStateException} listing every missing or wrongly bound form reference. Forms among
     * {@code generatedResources} are deployed apart from the models, so they must be bound to their latest version.
     */
    static void verify(Map<String, byte[]> resources, Set<String> generatedResources) throws IOException {
        Set<String> formIds = new HashSet<>();
        Set<String> generatedFormIds = new HashSet<>();
        for (Map.Entry<String, byte[]> entry : resources.entrySet()) {
            if (entry.getKey().endsWith(".form")) {
                String formId = formId(entry.getKey(), entry.getValue());
                formIds.add(formId);
                if (generatedResources.contains(entry.getKey())) {
                    generatedFormIds.add(formId);
                }
            }
        }

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : resources.entrySet()) {
            if (entry.getKey().endsWith(".bpmn")) {
                BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(entry.getValue()));
                checkModel(entry.getKey(), model, formIds, generatedFormIds, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Process models refer to forms that are not deployed: " + problems);
        }
    }

    private static void checkModel(
            String resource,
            BpmnModelInstance model,
            Set<String> formIds,
            Set<String> generatedFormIds,
            List<String> problems) {
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            boolean needsForm = element instanceof UserTask;
            if (!needsForm && !(element instanceof StartEvent)) {
                continue;
            }
            String formRef = element.getAttributeValueNs(CAMUNDA_NS, "formRef");
            String binding = element.getAttributeValueNs(CAMUNDA_NS, "formRefBinding");
            String where = resource + "#" + element.getId();
            if (formRef == null) {
                if (needsForm) {
                    problems.add(where + " has no form");
                }
            } else if (!formIds.contains(formRef)) {
                problems.add(where + " refers to form '" + formRef + "', which is not under forms/");
            } else {
                String expected = generatedFormIds.contains(formRef) ? "latest" : "deployment";
                if (!expected.equals(binding)) {
                    problems.add(where + " must bind form '" + formRef + "' with formRefBinding=\"" + expected + "\"");
                }
            }
        }
    }

    private static String formId(String resource, byte[] content) throws IOException {
        JsonNode id = JSON.readTree(content).get("id");
        if (id == null || id.asText().isBlank()) {
            throw new IllegalStateException("Form " + resource + " has no id");
        }
        return id.asText();
    }
}
