package uk.gov.york.inclusion.notification;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of the {@code send-mail} and {@code review-reminders} processes. */
@Configuration(proxyBeanMethods = false)
class MailSteps {

    /** Service task "Send email": sends the recorded message unless it was sent already. */
    @Bean
    JavaDelegate sendMail(MailDelivery delivery) {
        return execution -> delivery.deliver(((Number) execution.getVariable("mailId")).longValue());
    }

    /** Service task "Remind reviewers": reminds of review tasks open too long and tells the Assistant Director. */
    @Bean
    JavaDelegate remindReviewers(ReviewReminders reminders) {
        return execution -> reminders.remindOfOverdueReviews();
    }
}
