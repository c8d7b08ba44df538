package uk.gov.york.inclusion.notification;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Emails each member of a review task's candidate groups when the task is created, with a link straight to it in
 * Tasklist, unless they turned these notices off. The Camunda Spring Boot starter publishes every task event as an
 * application event inside the engine's transaction, so a step that rolls back leaves no notice.
 */
@Component
class TaskNotices {

    static final String KIND = "new-task";

    private final MailOutbox outbox;
    private final Recipients recipients;
    private final MailSettings settings;

    TaskNotices(MailOutbox outbox, Recipients recipients, MailSettings settings) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.settings = settings;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    void onTaskCreated(DelegateTask task) {
        if (!settings.isReviewTask(task.getTaskDefinitionKey())) {
            return;
        }
        for (String group : candidateGroups(task)) {
            for (String member : recipients.membersWantingTaskNotices(group)) {
                recipients
                        .addressOf(member)
                        .ifPresent(address -> outbox.queue(
                                "new-task:" + task.getId() + ":" + member,
                                KIND,
                                java.util.List.of(address),
                                content(task)));
            }
        }
    }

    private MailContent content(DelegateTask task) {
        String reference = text(task, "reference");
        return MailContent.of(task.getName() + ": " + reference, task.getName())
                .paragraph("A task is waiting for your group in Tasklist. Open it to take your decision.")
                .fact("Reference", reference)
                .fact("Cluster", text(task, "clusterName"))
                .fact("Financial year", text(task, "financialYear"))
                .fact("Amount", text(task, "amountDisplay"))
                .fact("Provider", text(task, "provider"))
                .fact("What will be delivered", text(task, "description"))
                .link("Open the task in Tasklist", settings.taskLink(task.getId()))
                .footnote("You get this email because you are in a group the task is offered to. To stop these "
                        + "emails, start Email settings in Tasklist.");
    }

    private static Set<String> candidateGroups(DelegateTask task) {
        Set<String> groups = new LinkedHashSet<>();
        for (IdentityLink link : task.getCandidates()) {
            if (link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        return groups;
    }

    private static String text(DelegateTask task, String variable) {
        Object value = task.getVariable(variable);
        return value == null ? null : value.toString();
    }
}
