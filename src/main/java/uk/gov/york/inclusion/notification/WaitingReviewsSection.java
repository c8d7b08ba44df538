package uk.gov.york.inclusion.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Requests and plans waiting for review now: the open review tasks, oldest first, with how long each has waited. */
@Component
class WaitingReviewsSection implements ForumSummarySection {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final MailSettings settings;
    private final WorkingDays workingDays;
    private final Recipients recipients;
    private final Clock clock;

    WaitingReviewsSection(
            TaskService taskService,
            RuntimeService runtimeService,
            MailSettings settings,
            WorkingDays workingDays,
            Recipients recipients,
            Clock clock) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.settings = settings;
        this.workingDays = workingDays;
        this.recipients = recipients;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public SummaryTable build(SummaryPeriod period) {
        LocalDate today = LocalDate.now(clock);
        List<Task> tasks = taskService
                .createTaskQuery()
                .taskDefinitionKeyIn(settings.reviewTasks().toArray(String[]::new))
                .active()
                .orderByTaskCreateTime()
                .asc()
                .list();
        List<List<String>> rows = new ArrayList<>();
        for (Task task : tasks) {
            Map<String, Object> variables = runtimeService.getVariables(
                    task.getProcessInstanceId(), List.of("reference", "clusterName", "amountDisplay"));
            LocalDate created =
                    task.getCreateTime().toInstant().atZone(MailFormat.UK).toLocalDate();
            rows.add(List.of(
                    text(variables.get("reference")),
                    text(variables.get("clusterName")),
                    task.getName(),
                    waitingWith(task),
                    MailFormat.date(created),
                    String.valueOf(workingDays.workingDaysBetween(created, today)),
                    text(variables.get("amountDisplay"))));
        }
        return new SummaryTable(
                "Waiting for review",
                "Working days waited count from the day the review task was created, not counting weekends and bank "
                        + "holidays.",
                List.of("Reference", "Cluster", "Review", "Waiting with", "Since", "Working days waited", "Amount"),
                rows,
                Set.of(5, 6),
                "Nothing is waiting for review.");
    }

    private String waitingWith(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId)
                .filter(group -> group != null)
                .map(recipients::groupName)
                .collect(Collectors.joining(", "));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
