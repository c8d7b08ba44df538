package uk.gov.york.inclusion.commissioning;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.workflow.RegistrationGuard;

/**
 * Makes every activity of {@code outreach-commissioning} after registration reject an instance that has no
 * registered request, even when an API caller starts the instance at a later activity and skips the model's listeners.
 */
@Component
class RequestRegistrationGuard extends RegistrationGuard {

    static final String PROCESS = "outreach-commissioning";

    private final RequestVariables variables;

    RequestRegistrationGuard(@Lazy RequestVariables variables) {
        super(PROCESS, Set.of("StartEvent_RequestSubmitted", "Task_RegisterRequest"));
        this.variables = variables;
    }

    @Override
    protected void requireRegistered(DelegateExecution execution) {
        variables.requestOf(execution, execution.getProcessInstanceId());
    }
}
