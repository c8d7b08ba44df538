package uk.gov.york.inclusion.notification;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.york.inclusion.workflow.Groups;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/** The service task of the {@code forum-summary} process. */
@Configuration(proxyBeanMethods = false)
class ForumSummarySteps {

    /**
     * Service task "Compose Forum summary": records the summary and queues it for the Forum's list. The task runs in
     * the transaction that starts the process, so the signed-in user is whoever started it from Tasklist; the timer
     * starts it with nobody signed in. Variables sent with the start form are ignored, so nobody can name another
     * person as the one who asked.
     */
    @Bean
    JavaDelegate composeForumSummary(ForumSummaries summaries, IdentityService identityService) {
        return execution -> {
            Authentication user = identityService.getCurrentAuthentication();
            String requestedBy = user == null ? null : user.getUserId();
            if (requestedBy != null
                    && (user.getGroupIds() == null || !user.getGroupIds().contains(Groups.INCLUSION_OFFICERS))) {
                throw new InvalidInputException(
                        "requestedBy", "Only an inclusion officer can send the Schools Forum summary.");
            }
            Long summaryId = summaries.compose(requestedBy);
            execution.setVariable("summaryId", summaryId);
            execution.setVariable("requestedBy", requestedBy);
        };
    }
}
