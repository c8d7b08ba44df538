package uk.gov.york.inclusion.notification;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.workflow.Groups;

/**
 * Lets inclusion officers start the {@code forum-summary} process from Tasklist, and everyone start
 * {@code mail-settings} to choose their own notices. Runs after the role groups exist and adds only what is missing.
 *
 * <p>Starting a process needs {@code CREATE} on process instances as well as {@code CREATE_INSTANCE} on the
 * definition, so everyone gets the first; it lets nobody start a process whose definition does not allow them.
 */
@Component
@Order(25)
class MailAuthorizations implements ApplicationRunner {

    static final String FORUM_SUMMARY_PROCESS = "forum-summary";
    static final String MAIL_SETTINGS_PROCESS = "mail-settings";

    private final AuthorizationService authorizationService;

    MailAuthorizations(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    @Override
    public void run(ApplicationArguments args) {
        grant(
                Groups.INCLUSION_OFFICERS,
                Resources.PROCESS_DEFINITION,
                FORUM_SUMMARY_PROCESS,
                Permissions.READ,
                Permissions.CREATE_INSTANCE);
        grant(null, Resources.PROCESS_DEFINITION, MAIL_SETTINGS_PROCESS, Permissions.READ, Permissions.CREATE_INSTANCE);
        grant(null, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }

    /** Grants the permissions to the group, or to everyone through a global authorization when the group is null. */
    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        var query = authorizationService
                .createAuthorizationQuery()
                .resourceType(resource)
                .resourceId(resourceId);
        Authorization authorization = groupId == null
                ? query.authorizationType(Authorization.AUTH_TYPE_GLOBAL).singleResult()
                : query.groupIdIn(groupId).singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(
                    groupId == null ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT);
            if (groupId == null) {
                authorization.setUserId(Authorization.ANY);
            } else {
                authorization.setGroupId(groupId);
            }
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
