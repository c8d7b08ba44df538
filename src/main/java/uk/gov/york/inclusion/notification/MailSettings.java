package uk.gov.york.inclusion.notification;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The {@code inclusion.mail.*} properties: sender, Schools Forum list, Tasklist address and reminder periods. */
@Component
public class MailSettings {

    private final String from;
    private final List<String> forumRecipients;
    private final String tasklistUrl;
    private final List<String> reviewTasks;
    private final int reminderWorkingDays;
    private final String reminderSchedule;

    public MailSettings(
            @Value("${inclusion.mail.from:no-reply@inclusion.example}") String from,
            @Value("${inclusion.mail.forum-recipients:schools-forum@inclusion.example}") List<String> forumRecipients,
            @Value("${inclusion.mail.tasklist-url:http://localhost:8080}") String tasklistUrl,
            @Value("${inclusion.mail.review-tasks:Task_ReviewRequest,Task_ApproveAdditionalSpend,Task_ReviewPlan}")
                    List<String> reviewTasks,
            @Value("${inclusion.mail.reminder-working-days:5}") int reminderWorkingDays,
            @Value("${inclusion.mail.reminder-schedule:0 0 8 ? * MON-FRI}") String reminderSchedule) {
        if (reminderWorkingDays < 1) {
            throw new IllegalArgumentException(
                    "inclusion.mail.reminder-working-days must be 1 or more, not " + reminderWorkingDays);
        }
        this.from = from;
        this.forumRecipients = forumRecipients.stream()
                .map(String::trim)
                .filter(address -> !address.isEmpty())
                .toList();
        this.tasklistUrl = tasklistUrl.endsWith("/") ? tasklistUrl.substring(0, tasklistUrl.length() - 1) : tasklistUrl;
        this.reviewTasks = reviewTasks.stream().map(String::trim).toList();
        this.reminderWorkingDays = reminderWorkingDays;
        this.reminderSchedule = reminderSchedule;
    }

    public String from() {
        return from;
    }

    public List<String> forumRecipients() {
        return forumRecipients;
    }

    /** Returns the Tasklist address that opens the task straight away. */
    public String taskLink(String taskId) {
        return tasklistUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }

    /** Returns whether tasks of this definition key are reviews, which get new-task notices and reminders. */
    public boolean isReviewTask(String taskDefinitionKey) {
        return reviewTasks.contains(taskDefinitionKey);
    }

    public List<String> reviewTasks() {
        return reviewTasks;
    }

    /** Working days a review task may stay open before a reminder; the Assistant Director hears after twice that. */
    public int reminderWorkingDays() {
        return reminderWorkingDays;
    }

    /** Returns the cron expression of the {@code review-reminders} timer, in the server's time zone. */
    public String getReminderSchedule() {
        return reminderSchedule;
    }
}
