package uk.gov.york.inclusion.security;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Grants a cluster's group read access to one process instance, so its leads can read their own requests'
 * variables (Tasklist shows them on task cards) and no other cluster's.
 */
@Component
public class InstanceAccess {

    private final RoleGroups roleGroups;

    public InstanceAccess(RoleGroups roleGroups) {
        this.roleGroups = roleGroups;
    }

    /** Grants READ on the process instance to the group; runs inside the step that registers the request. */
    public void grantRead(String groupId, String processInstanceId) {
        roleGroups.grant(groupId, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
    }
}
