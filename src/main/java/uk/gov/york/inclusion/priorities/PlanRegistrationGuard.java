package uk.gov.york.inclusion.priorities;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(PlanRegistrationGuard.class);

    private final PlanVariables variables;
    private final PriorityPlans plans;

    PlanRegistrationGuard(@Lazy PlanVariables variables, @Lazy PriorityPlans plans) {
        super(PROCESS, Set.of("StartEvent_PlanDrafted", "Task_RegisterPlan"));
        this.variables = variables;
        this.plans = plans;
    }

    @Override
    protected void requireRegistered(DelegateExecution execution) {
        variables.planOf(execution, execution.getProcessInstanceId());
    }

    /** Cancels a plan whose process ended while it was still in progress, freeing the cluster's year for a new one. */
    @Override
    protected void onInstanceEnd(DelegateExecution execution) {
        plans.findByProcessInstanceId(execution.getProcessInstanceId())
                .filter(plan -> plan.getStatus().inProgress())
                .ifPresent(plan -> {
                    plan.cancel();
                    log.info("Priority plan {} cancelled because its process ended", plan.getReference());
                });
    }
}
