package uk.gov.york.inclusion.priorities;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HashSet;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.york.inclusion.security.InstanceAccess;

/**
 * The service tasks of the {@code cluster-priorities} process. Each reads the plan, calls one business service and
 * writes what the next step needs.
 */
@Configuration(proxyBeanMethods = false)
class PrioritySteps {

    /** Service task "Register priority plan": the start form becomes a plan with a reference. */
    @Bean
    JavaDelegate registerPriorityPlan(PlanDrafting drafting, PlanVariables variables, InstanceAccess instanceAccess) {
        return execution -> {
            PlanForm.rejectUnknownFields(new HashSet<>(execution.getVariableNames()));
            PriorityPlan plan = drafting.draft(PlanForm.read(execution), execution.getProcessInstanceId());
            execution.setProcessBusinessKey(plan.getReference());
            instanceAccess.grantRead(plan.getCluster().leadGroupId(), execution.getProcessInstanceId());
            instanceAccess.grantRead(plan.getCluster().headteacherGroupId(), execution.getProcessInstanceId());
            variables.write(execution, plan);
        };
    }

    /**
     * Service task "Ask headteachers to agree": records who is asked and sets {@code agreementDue}, the due date of
     * their tasks and of the timer that ends the round.
     */
    @Bean
    JavaDelegate openPriorityAgreement(
            PlanAgreement agreement,
            PlanVariables variables,
            Clock clock,
            @Value("${inclusion.priorities.agreement-period:14d}") Duration agreementPeriod) {
        return execution -> {
            PriorityPlan plan = variables.planOf(execution, execution.getProcessInstanceId());
            agreement.open(plan);
            execution.setVariable("agreementDue", Date.from(clock.instant().plus(agreementPeriod)));
            variables.write(execution, plan);
        };
    }

    /** Service task "Close agreement": whoever has not answered is recorded, and the plan goes to review. */
    @Bean
    JavaDelegate closePriorityAgreement(PlanAgreement agreement, PlanVariables variables) {
        return execution -> {
            PriorityPlan plan = variables.planOf(execution, execution.getProcessInstanceId());
            agreement.close(plan);
            variables.write(execution, plan);
            variables.writeAgreement(execution, plan);
        };
    }

    /** Service task "Approve priority plan": the plan becomes the cluster's plan for the year. */
    @Bean
    JavaDelegate approvePriorityPlan(PlanReview review, PlanVariables variables) {
        return execution -> {
            PriorityPlan plan = variables.planOf(execution, execution.getProcessInstanceId());
            review.approve(plan);
            variables.write(execution, plan);
        };
    }
}
