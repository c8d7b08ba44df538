package uk.gov.york.inclusion.priorities;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.workflow.RegistrationGuard;

/**
 * Makes every activity of {@code cluster-priorities} after registration reject an instance that has no registered
 * plan, so no agreement or review task can be planted by starting the process at a later activity, even with the
 * model's listeners skipped.
 */
@Component
class PlanRegistrationGuard extends RegistrationGuard {

    static final String PROCESS = "cluster-priorities";

    private final PlanVariables variables;

    PlanRegistrationGuard(@Lazy PlanVariables variables) {
        super(PROCESS, Set.of("StartEvent_PlanDrafted", "Task_RegisterPlan"));
        this.variables = variables;
    }

    @Override
    protected void requireRegistered(DelegateExecution execution) {
        variables.planOf(execution, execution.getProcessInstanceId());
    }
}
