package uk.gov.york.inclusion.capital;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.workflow.RegistrationGuard;

/**
 * Makes every activity of {@code capital-bid} after registration reject an instance that has no registered bid, even
 * when an API caller starts the instance at a later activity and skips the model's listeners.
 */
@Component
class BidRegistrationGuard extends RegistrationGuard {

    static final String PROCESS = "capital-bid";

    private final BidVariables variables;

    BidRegistrationGuard(@Lazy BidVariables variables) {
        super(PROCESS, Set.of("StartEvent_BidSubmitted", "Task_RegisterBid"));
        this.variables = variables;
    }

    @Override
    protected void requireRegistered(DelegateExecution execution) {
        variables.bidOf(execution, execution.getProcessInstanceId());
    }
}
