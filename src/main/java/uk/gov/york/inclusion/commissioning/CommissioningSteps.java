package uk.gov.york.inclusion.commissioning;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.york.inclusion.security.InstanceAccess;

/**
 * The service tasks and listeners of the {@code outreach-commissioning} process that run without a person. Each reads
 * the request, calls one business service and writes what the next step needs.
 */
@Configuration(proxyBeanMethods = false)
class CommissioningSteps {

    /** Service task "Register commissioning request": the start form becomes a request with a reference. */
    @Bean
    JavaDelegate registerCommissioningRequest(
            RequestRegistration registration, RequestVariables variables, InstanceAccess instanceAccess) {
        return execution -> {
            Set<String> submitted = new HashSet<>(execution.getVariableNames());
            RequestForm.rejectUnknownFields(submitted);
            CommissioningRequest request =
                    registration.submit(RequestForm.read(execution), execution.getProcessInstanceId());
            execution.setProcessBusinessKey(request.getReference());
            instanceAccess.grantRead(request.getCluster().leadGroupId(), execution.getProcessInstanceId());
            variables.write(execution, request);
        };
    }

    /** Service task "Check cluster budget": sets {@code fundsAvailable} and, when short, the reason. */
    @Bean
    JavaDelegate checkCommissioningFunds(RequestReview review, RequestVariables variables) {
        return execution -> {
            CommissioningRequest request = variables.requestOf(execution, execution.getProcessInstanceId());
            boolean available = review.checkFunds(request);
            execution.setVariable("fundsAvailable", available);
            variables.write(execution, request);
        };
    }

    /** End listener of "Decide who approves": opens a review round with the approvers the decision table chose. */
    @Bean
    ExecutionListener startCommissioningReview(RequestReview review, RequestVariables variables) {
        return execution -> {
            CommissioningRequest request = variables.requestOf(execution, execution.getProcessInstanceId());
            review.startRound(request, approverGroups(execution));
            variables.write(execution, request);
        };
    }

    /** Service task "Commit funds": sets {@code fundsCommitted}; false sends the request back to its lead. */
    @Bean
    JavaDelegate commitCommissioningFunds(RequestReview review, RequestVariables variables) {
        return execution -> {
            CommissioningRequest request = variables.requestOf(execution, execution.getProcessInstanceId());
            boolean committed = review.commitFunds(request);
            execution.setVariable("fundsCommitted", committed);
            variables.write(execution, request);
            variables.writeSpending(execution, request);
        };
    }

    /** Service task "Close commission": releases the unspent rest of the commitment. */
    @Bean
    JavaDelegate closeCommission(CommissionSpending spending, RequestVariables variables) {
        return execution -> {
            CommissioningRequest request = variables.requestOf(execution, execution.getProcessInstanceId());
            spending.close(request);
            variables.write(execution, request);
        };
    }

    private static List<String> approverGroups(DelegateExecution execution) {
        Object groups = execution.getVariable("approverGroups");
        if (!(groups instanceof List<?> list)) {
            throw new IllegalStateException("Decision commissioning-approval returned no approver list: " + groups);
        }
        return list.stream().map(String::valueOf).toList();
    }
}
