package uk.gov.york.inclusion.notification;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Looks up email addresses in Camunda's users. Called from process steps and listeners, where Camunda checks no
 * authorizations for the product's own code, so a lead's step may read the reviewer's address.
 */
@Component
public class Recipients {

    private final IdentityService identityService;
    private final MailPreferences preferences;

    public Recipients(IdentityService identityService, MailPreferences preferences) {
        this.identityService = identityService;
        this.preferences = preferences;
    }

    /** Returns the user's email address, or empty when the user is unknown or has none. */
    public Optional<String> addressOf(String userId) {
        if (userId == null) {
            return Optional.empty();
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return Optional.ofNullable(user).map(User::getEmail).filter(email -> !email.isBlank());
    }

    /** Returns the group's name, such as "Inclusion officers", or its id when it has no name. */
    public String groupName(String groupId) {
        Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
        return group == null || group.getName() == null ? groupId : group.getName();
    }

    /** Returns the ids of the group's members, in id order. */
    public List<String> membersOf(String groupId) {
        return identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
                .map(User::getId)
                .toList();
    }

    /** Returns the members of the group who have not turned new-task notices off. */
    public List<String> membersWantingTaskNotices(String groupId) {
        return membersOf(groupId).stream()
                .filter(preferences::wantsNewTaskNotices)
                .toList();
    }
}
