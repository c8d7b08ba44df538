package uk.gov.york.inclusion.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.cluster.ClusterDirectory;
import uk.gov.york.inclusion.workflow.Groups;

/**
 * The demo users of the embedded default, all with the password {@code demo}: one lead and two headteachers per
 * cluster, an inclusion officer, the Assistant Director, finance, three capital panel members, a Schools Forum member
 * and an administrator. {@code panel-3} works in a school of the West cluster, which membership of West's
 * headteachers group records, so the server keeps them from scoring West's capital bids. Switched on by
 * {@code inclusion.demo-data=true}; a real deployment sets it to false and manages users in Camunda Admin.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "inclusion.demo-data", havingValue = "true")
public class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final IdentityService identityService;
    private final ClusterDirectory directory;

    public DemoUsers(IdentityService identityService, ClusterDirectory directory) {
        this.identityService = identityService;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> created = new ArrayList<>();
        for (Cluster cluster : directory.clusters()) {
            createUser("lead-" + cluster.getCode(), "Lead", cluster.getName(), cluster.leadGroupId(), created);
            for (int number = 1; number <= 2; number++) {
                createUser(
                        "head-" + cluster.getCode() + "-" + number,
                        "Headteacher " + number,
                        cluster.getName(),
                        cluster.headteacherGroupId(),
                        created);
            }
        }
        createUser("officer", "Inclusion", "Officer", Groups.INCLUSION_OFFICERS, created);
        createUser("director", "Assistant", "Director", Groups.ASSISTANT_DIRECTOR, created);
        createUser("finance", "Finance", "Officer", Groups.FINANCE, created);
        for (int number = 1; number <= 3; number++) {
            createUser("panel-" + number, "Panel member " + number, "Capital", Groups.CAPITAL_PANEL, created);
        }
        addMembership("panel-3", "headteachers-west");
        createUser("forum", "Schools Forum", "Member", Groups.SCHOOLS_FORUM, created);
        createUser("admin", "Administrator", "Demo", Groups.ADMINISTRATORS, created);
        if (!created.isEmpty()) {
            log.info("Created demo users {}; their password is given in the README", created);
        }
    }

    private void addMembership(String userId, String groupId) {
        boolean member = identityService
                        .createUserQuery()
                        .userId(userId)
                        .memberOfGroup(groupId)
                        .count()
                > 0;
        if (!member) {
            identityService.createMembership(userId, groupId);
        }
    }

    private void createUser(String id, String firstName, String lastName, String groupId, List<String> created) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identityService.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(id + "@inclusion.example");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(id, groupId);
        created.add(id);
    }
}
