package uk.gov.york.inclusion.workflow;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The person the engine is acting for. Tasklist, the REST API and the product's API all sign the user in to the
 * engine's {@link IdentityService}, so delegates and listeners read the same identity whichever path was used.
 */
@Component
public class CurrentUser {

    private final IdentityService identityService;

    public CurrentUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Returns the signed-in user's id, or raises when nobody is signed in. */
    public String id() {
        return authentication().getUserId();
    }

    public List<String> groups() {
        List<String> groups = authentication().getGroupIds();
        return groups == null ? List.of() : groups;
    }

    public boolean isMemberOf(String groupId) {
        return groups().contains(groupId);
    }

    private Authentication authentication() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            throw new InvalidInputException("user", "Nobody is signed in: sign in to Tasklist and try again.");
        }
        return authentication;
    }
}
