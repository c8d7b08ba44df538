package uk.gov.york.inclusion.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.InetAddress;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production profile with users and groups from a directory: an in-memory LDAP server on loopback stands in for
 * the council's, configured only through the {@code inclusion.ldap.*} properties the README documents.
 */
@Tag("own-jvm")
class DirectoryIdentityTest {

    private static final String BASE = "dc=york,dc=example";
    private static final String MANAGER = "cn=manager," + BASE;
    private static final String MANAGER_PASSWORD = "manager-Secret-1";

    private static InMemoryDirectoryServer directory;
    private static ConfigurableApplicationContext application;

    @BeforeAll
    static void startDirectoryAndApplication() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.addAdditionalBindCredentials(MANAGER, MANAGER_PASSWORD);
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("loopback", InetAddress.getLoopbackAddress(), 0, null));
        directory = new InMemoryDirectoryServer(config);
        directory.add("dn: " + BASE, "objectClass: domain", "dc: york");
        directory.add("dn: ou=people," + BASE, "objectClass: organizationalUnit", "ou: people");
        directory.add("dn: ou=groups," + BASE, "objectClass: organizationalUnit", "ou: groups");
        person("lead-east", "Erin", "Lead", "lead-Secret-1");
        person("it-admin", "Ian", "Admin", "admin-Secret-1");
        group("cluster-east", "lead-east");
        group("camunda-admin", "it-admin");
        directory.startListening();

        application = ProductionStart.start(
                ProductionStart.newDatabase(),
                "inclusion.admin.user=it-admin",
                "inclusion.admin.password=admin-Secret-1",
                "inclusion.ldap.enabled=true",
                "inclusion.ldap.server-url=ldap://127.0.0.1:" + directory.getListenPort() + "/",
                "inclusion.ldap.manager-dn=" + MANAGER,
                "inclusion.ldap.manager-password=" + MANAGER_PASSWORD,
                "inclusion.ldap.base-dn=" + BASE,
                "inclusion.ldap.user-search-base=ou=people",
                "inclusion.ldap.user-search-filter=(objectclass=inetOrgPerson)",
                "inclusion.ldap.user-id-attribute=uid",
                "inclusion.ldap.user-firstname-attribute=givenName",
                "inclusion.ldap.user-lastname-attribute=sn",
                "inclusion.ldap.user-email-attribute=mail",
                "inclusion.ldap.user-password-attribute=userPassword",
                "inclusion.ldap.group-search-base=ou=groups",
                "inclusion.ldap.group-search-filter=(objectclass=groupOfNames)",
                "inclusion.ldap.group-id-attribute=cn",
                "inclusion.ldap.group-name-attribute=cn",
                "inclusion.ldap.group-member-attribute=member",
                "inclusion.ldap.authorization-check-enabled=false");
    }

    @AfterAll
    static void stopApplicationAndDirectory() {
        if (application != null) {
            application.close();
        }
        if (directory != null) {
            directory.shutDown(true);
        }
    }

    @Test
    void usersComeFromTheDirectory() {
        IdentityService identity = application.getBean(IdentityService.class);

        User lead = identity.createUserQuery().userId("lead-east").singleResult();

        assertThat(identity.isReadOnly()).isTrue();
        assertThat(lead.getFirstName()).isEqualTo("Erin");
        assertThat(lead.getEmail()).isEqualTo("lead-east@york.example");
    }

    @Test
    void membershipsComeFromTheDirectory() {
        IdentityService identity = application.getBean(IdentityService.class);

        assertThat(identity.createGroupQuery().groupMember("lead-east").list())
                .extracting(Group::getId)
                .containsExactly("cluster-east");
    }

    @Test
    void passwordsAreCheckedByTheDirectory() {
        IdentityService identity = application.getBean(IdentityService.class);

        assertThat(identity.checkPassword("lead-east", "lead-Secret-1")).isTrue();
    }

    private static void person(String uid, String givenName, String surname, String password) throws Exception {
        directory.add(
                "dn: uid=" + uid + ",ou=people," + BASE,
                "objectClass: inetOrgPerson",
                "uid: " + uid,
                "cn: " + givenName + " " + surname,
                "givenName: " + givenName,
                "sn: " + surname,
                "mail: " + uid + "@york.example",
                "userPassword: " + password);
    }

    private static void group(String name, String memberUid) throws Exception {
        directory.add(
                "dn: cn=" + name + ",ou=groups," + BASE,
                "objectClass: groupOfNames",
                "cn: " + name,
                "member: uid=" + memberUid + ",ou=people," + BASE);
    }
}
