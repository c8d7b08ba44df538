package uk.gov.york.inclusion.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.workflow.Groups;

/**
 * The Tasklist filters each role starts with. Their queries use the signed-in user's groups, so one filter serves
 * every cluster; the engine's task authorizations keep each lead to their own cluster's tasks.
 */
@Component
@Order(40)
public class TasklistFilters implements ApplicationRunner {

    private static final List<Map<String, String>> CARD_VARIABLES = List.of(
            Map.of("name", "reference", "label", "Reference"),
            Map.of("name", "clusterName", "label", "Cluster"),
            Map.of("name", "amountDisplay", "label", "Amount"));

    private final FilterService filterService;
    private final TaskService taskService;
    private final RoleGroups roleGroups;

    public TasklistFilters(FilterService filterService, TaskService taskService, RoleGroups roleGroups) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.roleGroups = roleGroups;
    }

    @Override
    public void run(ApplicationArguments args) {
        TaskQuery offeredToMyGroups = taskService
                .createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks();
        List<String> leads = roleGroups.clusterGroups();
        List<String> reviewers = List.of(Groups.INCLUSION_OFFICERS, Groups.ASSISTANT_DIRECTOR);

        save(
                "My cluster's requests",
                "Requests of my cluster waiting for me or my fellow leads",
                -10,
                offeredToMyGroups,
                leads);
        save("Awaiting my review", "Reviews and approvals waiting for my team", -10, offeredToMyGroups, reviewers);
        save(
                "Spend to record",
                "Commissions waiting for finance to record invoices or close them",
                -10,
                offeredToMyGroups,
                List.of(Groups.FINANCE));
        save(
                "Capital bids to score",
                "Capital bids waiting for my score as a member of the capital panel",
                -10,
                taskService
                        .createTaskQuery()
                        .processDefinitionKey(RoleGroups.CAPITAL_PROCESS)
                        .taskAssigneeExpression("${currentUser()}"),
                List.of(Groups.CAPITAL_PANEL));
        List<String> everyone = new ArrayList<>(leads);
        everyone.addAll(reviewers);
        everyone.add(Groups.FINANCE);
        everyone.add(Groups.CAPITAL_PANEL);
        everyone.addAll(roleGroups.headteacherGroups());
        save(
                "Assigned to me",
                "Tasks I have claimed",
                0,
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
                everyone);
    }

    private void save(String name, String description, int priority, TaskQuery query, List<String> groups) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
            filter.setQuery(query);
            filter.setProperties(Map.of(
                    "description", description,
                    "priority", priority,
                    "refresh", true,
                    // Shown on each task card, so people can distinguish requests in the list.
                    "variables", CARD_VARIABLES));
            filter = filterService.saveFilter(filter);
        }
        for (String group : groups) {
            roleGroups.grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
        }
        roleGroups.grant(Groups.ADMINISTRATORS, Resources.FILTER, Authorization.ANY, Permissions.ALL);
    }
}
