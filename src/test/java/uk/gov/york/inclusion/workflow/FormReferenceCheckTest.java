package uk.gov.york.inclusion.workflow;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormReferenceCheckTest {

    private static final String REVIEW_FORM = "{\"id\": \"review-form\", \"components\": []}";
    private static final String REQUEST_FORM = "{\"id\": \"request-form\", \"components\": []}";

    @Test
    void passesWhenEveryFormIsDeployed() {
        Map<String, byte[]> resources = resources(
                model(
                        "camunda:formRef=\"request-form\" camunda:formRefBinding=\"deployment\"",
                        "camunda:formRef=\"review-form\" camunda:formRefBinding=\"deployment\""),
                REQUEST_FORM,
                REVIEW_FORM);

        assertThatCode(() -> FormReferenceCheck.verify(resources, Set.of())).doesNotThrowAnyException();
    }

    @Test
    void passesWhenStartEventHasNoForm() {
        Map<String, byte[]> resources = resources(
                model("", "camunda:formRef=\"review-form\" camunda:formRefBinding=\"deployment\""), REVIEW_FORM);

        assertThatCode(() -> FormReferenceCheck.verify(resources, Set.of())).doesNotThrowAnyException();
    }

    @Test
    void rejectsUserTaskNamingMissingForm() {
        Map<String, byte[]> resources = resources(
                model("", "camunda:formRef=\"missing-form\" camunda:formRefBinding=\"deployment\""), REVIEW_FORM);

        assertThatThrownBy(() -> FormReferenceCheck.verify(resources, Set.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("processes/check.bpmn#Task_Review")
                .hasMessageContaining("'missing-form'");
    }

    @Test
    void rejectsStartEventNamingMissingForm() {
        Map<String, byte[]> resources = resources(
                model(
                        "camunda:formRef=\"missing-start-form\" camunda:formRefBinding=\"deployment\"",
                        "camunda:formRef=\"review-form\" camunda:formRefBinding=\"deployment\""),
                REVIEW_FORM);

        assertThatThrownBy(() -> FormReferenceCheck.verify(resources, Set.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'missing-start-form'");
    }

    @Test
    void rejectsUserTaskWithoutForm() {
        Map<String, byte[]> resources = resources(model("", ""), REVIEW_FORM);

        assertThatThrownBy(() -> FormReferenceCheck.verify(resources, Set.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Task_Review has no form");
    }

    @Test
    void rejectsBindingOtherThanDeployment() {
        Map<String, byte[]> resources =
                resources(model("", "camunda:formRef=\"review-form\" camunda:formRefBinding=\"latest\""), REVIEW_FORM);

        assertThatThrownBy(() -> FormReferenceCheck.verify(resources, Set.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("formRefBinding=\"deployment\"");
    }

    @Test
    void passesGeneratedStartFormBoundToLatest() {
        Map<String, byte[]> resources = resources(
                model(
                        "camunda:formRef=\"request-form\" camunda:formRefBinding=\"latest\"",
                        "camunda:formRef=\"review-form\" camunda:formRefBinding=\"deployment\""),
                REQUEST_FORM,
                REVIEW_FORM);

        assertThatCode(() -> FormReferenceCheck.verify(resources, Set.of("forms/form-0.form")))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsGeneratedFormBoundToDeployment() {
        Map<String, byte[]> resources = resources(
                model(
                        "camunda:formRef=\"request-form\" camunda:formRefBinding=\"deployment\"",
                        "camunda:formRef=\"review-form\" camunda:formRefBinding=\"deployment\""),
                REQUEST_FORM,
                REVIEW_FORM);

        assertThatThrownBy(() -> FormReferenceCheck.verify(resources, Set.of("forms/form-0.form")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("StartEvent_Check must bind form 'request-form' with formRefBinding=\"latest\"");
    }

    @Test
    void rejectsFormWithoutBinding() {
        Map<String, byte[]> resources = resources(model("", "camunda:formRef=\"review-form\""), REVIEW_FORM);

        assertThatThrownBy(() -> FormReferenceCheck.verify(resources, Set.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Task_Review must bind form 'review-form'");
    }

    @Test
    void rejectsFormFileWithoutId() {
        Map<String, byte[]> resources = resources(
                model("", "camunda:formRef=\"review-form\" camunda:formRefBinding=\"deployment\""),
                "{\"components\": []}");

        assertThatThrownBy(() -> FormReferenceCheck.verify(resources, Set.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("forms/form-0.form has no id");
    }

    /** Builds a process with a start event and one user task, putting each argument into that element's attributes. */
    private static String model(String startEventAttributes, String userTaskAttributes) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    id="Definitions_Check" targetNamespace="https://example.org/form-check">
                  <bpmn:process id="check" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="StartEvent_Check" %s>
                      <bpmn:outgoing>Flow_ToReview</bpmn:outgoing>
                    </bpmn:startEvent>
                    <bpmn:userTask id="Task_Review" %s>
                      <bpmn:incoming>Flow_ToReview</bpmn:incoming>
                    </bpmn:userTask>
                    <bpmn:sequenceFlow id="Flow_ToReview" sourceRef="StartEvent_Check" targetRef="Task_Review" />
                  </bpmn:process>
                </bpmn:definitions>
                """
                .formatted(startEventAttributes, userTaskAttributes);
    }

    private static Map<String, byte[]> resources(String model, String... forms) {
        Map<String, byte[]> resources = new LinkedHashMap<>();
        resources.put("processes/check.bpmn", model.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < forms.length; i++) {
            resources.put("forms/form-" + i + ".form", forms[i].getBytes(StandardCharsets.UTF_8));
        }
        return resources;
    }
}
