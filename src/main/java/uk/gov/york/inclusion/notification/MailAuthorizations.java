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
 * Lets inclusion officers start the {@code forum-summary} process from Tasklist. Runs after the role groups exist
 * and adds only what is missing.
 */
@Component
@Order(25)
class MailAuthorizations implements ApplicationRunner {

    static final String FORUM_SUMMARY_PROCESS = "forum-summary";

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
        grant(Groups.INCLUSION_OFFICERS, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
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
