package uk.gov.york.inclusion.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.workflow.Groups;

/**
 * Reminds reviewers of review tasks open for {@code inclusion.mail.reminder-working-days} working days or more, and
 * alerts the Assistant Director to those open for twice that. Each task gets at most one reminder and one message to
 * the Assistant Director, because the message keys name the task.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ReviewReminders {

    static final String KIND = "reminder";
    private static final Logger log = LoggerFactory.getLogger(ReviewReminders.class);

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final Recipients recipients;
    private final MailOutbox outbox;
    private final MailSettings settings;
    private final WorkingDays workingDays;
    private final Clock clock;

    public ReviewReminders(
            TaskService taskService,
            RuntimeService runtimeService,
            Recipients recipients,
            MailOutbox outbox,
            MailSettings settings,
            WorkingDays workingDays,
            Clock clock) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.recipients = recipients;
        this.outbox = outbox;
        this.settings = settings;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** Queues the reminders that are due today; returns how many messages it queued. */
    public int remindOfOverdueReviews() {
        LocalDate today = LocalDate.now(clock);
        int period = settings.reminderWorkingDays();
        int queued = 0;
        for (Task task : openReviewTasks()) {
            LocalDate created =
                    task.getCreateTime().toInstant().atZone(MailFormat.UK).toLocalDate();
            int waited = workingDays.workingDaysBetween(created, today);
            if (waited >= period && remind(task, waited)) {
                queued++;
            }
            if (waited >= 2 * period && escalate(task, waited)) {
                queued++;
            }
        }
        log.info("Review reminders checked: {} message(s) queued", queued);
        return queued;
    }

    private boolean remind(Task task, int waited) {
        MailContent content = content(task, "Reminder: " + task.getName(), waited)
                .paragraph("Please take the decision in Tasklist, or ask a colleague in your group to take it.");
        return outbox.queue("reminder:" + task.getId(), KIND, reviewers(task), content);
    }

    private boolean escalate(Task task, int waited) {
        MailContent content = content(task, "Overdue review: " + task.getName(), waited)
                .paragraph("The reviewers were reminded after " + settings.reminderWorkingDays()
                        + " working days. It is still waiting.");
        List<String> directors = addresses(recipients.membersOf(Groups.ASSISTANT_DIRECTOR));
        return outbox.queue("escalation:" + task.getId(), KIND, directors, content);
    }

    private MailContent content(Task task, String heading, int waited) {
        Map<String, Object> variables = runtimeService.getVariables(
                task.getProcessInstanceId(), List.of("reference", "clusterName", "amountDisplay"));
        String reference = String.valueOf(variables.getOrDefault("reference", ""));
        return MailContent.of(heading + ": " + reference, heading)
                .paragraph("This review has waited " + waited + " working days since "
                        + MailFormat.date(task.getCreateTime().toInstant()) + ".")
                .fact("Reference", reference)
                .fact("Cluster", (String) variables.get("clusterName"))
                .fact("Amount", (String) variables.get("amountDisplay"))
                .fact("Waiting with", waitingWith(task))
                .link("Open the task in Tasklist", settings.taskLink(task.getId()));
    }

    private String waitingWith(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        return String.join(
                ", ", groups(task).stream().map(recipients::groupName).toList());
    }

    /** Returns the assignee's address, or the candidate groups' members' when nobody has claimed the task. */
    private List<String> reviewers(Task task) {
        if (task.getAssignee() != null) {
            return addresses(List.of(task.getAssignee()));
        }
        List<String> members = new ArrayList<>();
        for (String group : groups(task)) {
            members.addAll(recipients.membersOf(group));
        }
        return addresses(members.stream().distinct().toList());
    }

    private List<String> groups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId)
                .filter(group -> group != null)
                .distinct()
                .toList();
    }

    private List<String> addresses(List<String> userIds) {
        return userIds.stream()
                .map(recipients::addressOf)
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    private List<Task> openReviewTasks() {
        return taskService
                .createTaskQuery()
                .taskDefinitionKeyIn(settings.reviewTasks().toArray(String[]::new))
                .active()
                .list();
    }
}
