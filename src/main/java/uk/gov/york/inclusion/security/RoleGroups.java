package uk.gov.york.inclusion.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.cluster.ClusterDirectory;
import uk.gov.york.inclusion.workflow.Groups;

/**
 * Creates the role groups and grants each what its work needs; runs at every start and adds only what is missing.
 *
 * <p>Task visibility comes from the engine itself: when a group becomes a task's candidate, Camunda grants that group
 * access to the task. A cluster lead therefore sees only the tasks offered to their own cluster's group.
 */
@Component
@Order(20)
public class RoleGroups implements ApplicationRunner {

    static final String COMMISSIONING_PROCESS = "outreach-commissioning";
    static final String PRIORITIES_PROCESS = "cluster-priorities";
    static final String CAPITAL_PROCESS = "capital-bid";
    private static final Logger log = LoggerFactory.getLogger(RoleGroups.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final ClusterDirectory directory;

    public RoleGroups(
            IdentityService identityService, AuthorizationService authorizationService, ClusterDirectory directory) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        createGroup(Groups.ADMINISTRATORS, "Administrators");
        for (Resource resource : Resources.values()) {
            grant(Groups.ADMINISTRATORS, resource, Authorization.ANY, Permissions.ALL);
        }
        createGroup(Groups.INCLUSION_OFFICERS, "Inclusion officers");
        createGroup(Groups.ASSISTANT_DIRECTOR, "Assistant Director");
        createGroup(Groups.FINANCE, "Finance");
        createGroup(Groups.CAPITAL_PANEL, "Capital panel");
        for (String cityWide :
                List.of(Groups.INCLUSION_OFFICERS, Groups.ASSISTANT_DIRECTOR, Groups.FINANCE, Groups.CAPITAL_PANEL)) {
            grant(cityWide, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(cityWide, Resources.PROCESS_DEFINITION, CAPITAL_PROCESS, Permissions.READ, Permissions.READ_INSTANCE);
        }
        for (String reviewers : List.of(Groups.INCLUSION_OFFICERS, Groups.ASSISTANT_DIRECTOR, Groups.FINANCE)) {
            grant(reviewers, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            // READ_INSTANCE lets the city-wide roles read every request's variables, as Tasklist's cards show them.
            grant(
                    reviewers,
                    Resources.PROCESS_DEFINITION,
                    COMMISSIONING_PROCESS,
                    Permissions.READ,
                    Permissions.READ_INSTANCE);
            grant(
                    reviewers,
                    Resources.PROCESS_DEFINITION,
                    PRIORITIES_PROCESS,
                    Permissions.READ,
                    Permissions.READ_INSTANCE);
        }
        // Forum members sign in through Tasklist to read the dashboard pages; they take part in no process.
        createGroup(Groups.SCHOOLS_FORUM, "Schools Forum");
        grant(Groups.SCHOOLS_FORUM, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        for (String leads : clusterGroups()) {
            grant(leads, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(
                    leads,
                    Resources.PROCESS_DEFINITION,
                    COMMISSIONING_PROCESS,
                    Permissions.READ,
                    Permissions.CREATE_INSTANCE);
            grant(
                    leads,
                    Resources.PROCESS_DEFINITION,
                    PRIORITIES_PROCESS,
                    Permissions.READ,
                    Permissions.CREATE_INSTANCE);
            grant(leads, Resources.PROCESS_DEFINITION, CAPITAL_PROCESS, Permissions.READ, Permissions.CREATE_INSTANCE);
            grant(leads, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        }
        for (String headteachers : headteacherGroups()) {
            grant(headteachers, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(headteachers, Resources.PROCESS_DEFINITION, PRIORITIES_PROCESS, Permissions.READ);
        }
    }

    /** Returns the group of each cluster's leads, such as {@code cluster-east}, creating any that is missing. */
    List<String> clusterGroups() {
        List<String> ids = new ArrayList<>();
        for (Cluster cluster : directory.clusters()) {
            createGroup(cluster.leadGroupId(), cluster.getName() + " cluster leads");
            ids.add(cluster.leadGroupId());
        }
        return ids;
    }

    /**
     * Returns the group of each cluster's headteachers, such as {@code headteachers-east}, creating any that is
     * missing. Its members are asked to agree the cluster's priority plan.
     */
    List<String> headteacherGroups() {
        List<String> ids = new ArrayList<>();
        for (Cluster cluster : directory.clusters()) {
            createGroup(cluster.headteacherGroupId(), cluster.getName() + " cluster headteachers");
            ids.add(cluster.headteacherGroupId());
        }
        return ids;
    }

    private void createGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        if (identityService.isReadOnly()) {
            // Groups come from the council's directory; authorizations are still granted to the id below.
            log.warn(
                    "Group {} ({}) is missing from the directory; its members can do nothing until it is added",
                    id,
                    name);
            return;
        }
        Group group = identityService.newGroup(id);
        group.setName(name);
        group.setType("WORKFLOW");
        identityService.saveGroup(group);
        log.info("Created group {}", id);
    }

    /** Grants permissions to a group on a resource, adding any that an existing authorization lacks. */
    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService
                .createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = authorization.getId() == null;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizationService.saveAuthorization(authorization);
        }
    }
}
