package uk.gov.york.inclusion.notification;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.york.inclusion.workflow.CurrentUser;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/** The service tasks of the {@code send-mail}, {@code review-reminders} and {@code mail-settings} processes. */
@Configuration(proxyBeanMethods = false)
class MailSteps {

    /** Service task "Send email": sends the recorded message unless it was sent already. */
    @Bean
    JavaDelegate sendMail(MailDelivery delivery) {
        return execution -> delivery.deliver(((Number) execution.getVariable("mailId")).longValue());
    }

    /** Service task "Remind reviewers": reminds of review tasks open too long and alerts the Assistant Director. */
    @Bean
    JavaDelegate remindReviewers(ReviewReminders reminders) {
        return execution -> reminders.remindOfOverdueReviews();
    }

    /**
     * Service task "Record email settings": the signed-in person's own choice of new-task notices. The person comes
     * from the engine's authentication, never from a form field, so nobody changes another person's settings.
     */
    @Bean
    JavaDelegate recordMailSettings(MailPreferences preferences, CurrentUser currentUser) {
        return execution -> {
            for (String name : execution.getVariableNames()) {
                if (!name.equals("newTaskNotices")) {
                    throw new InvalidInputException(name, "'" + name + "' is not part of the email settings form.");
                }
            }
            Object choice = execution.getVariable("newTaskNotices");
            if (!"on".equals(choice) && !"off".equals(choice)) {
                throw new InvalidInputException(
                        "newTaskNotices", "Emails about new review tasks: choose on or off, not '" + choice + "'.");
            }
            preferences.chooseNewTaskNotices(currentUser.id(), "on".equals(choice));
        };
    }
}
