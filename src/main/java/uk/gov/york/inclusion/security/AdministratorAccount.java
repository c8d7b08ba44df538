package uk.gov.york.inclusion.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.workflow.Groups;

/**
 * The first administrator of a real deployment, from {@code INCLUSION_ADMIN_USER} and {@code INCLUSION_ADMIN_PASSWORD}.
 * Under the {@code production} profile the application does not start without them, nor with the demo users switched
 * on. At every start the account is created if missing, and a password that differs from the configured one is
 * replaced, so a changed password in the environment always takes effect.
 */
@Component
@Profile("production")
@Order(25)
public class AdministratorAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorAccount.class);

    private final IdentityService identityService;
    private final ProcessEngineConfigurationImpl engineConfiguration;
    private final String userId;
    private final String password;

    /** Checks the settings while the context starts, so a missing one stops the application before it serves. */
    public AdministratorAccount(
            IdentityService identityService,
            ProcessEngineConfigurationImpl engineConfiguration,
            @Value("${inclusion.admin.user:}") String userId,
            @Value("${inclusion.admin.password:}") String password,
            @Value("${inclusion.demo-data:false}") boolean demoData) {
        List<String> missing = new ArrayList<>();
        if (userId.isBlank()) {
            missing.add("INCLUSION_ADMIN_USER");
        }
        if (password.isBlank()) {
            missing.add("INCLUSION_ADMIN_PASSWORD");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The production profile needs the first administrator's account: set "
                    + String.join(" and ", missing) + ".");
        }
        if (demoData) {
            throw new IllegalStateException("The production profile does not run with demo users, whose password is"
                    + " published: set INCLUSION_DEMO_DATA=false.");
        }
        this.identityService = identityService;
        this.engineConfiguration = engineConfiguration;
        this.userId = userId.trim();
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identityService.isReadOnly()) {
            checkDirectoryAccount();
            return;
        }
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setFirstName("Administrator");
            user.setLastName(userId);
            user.setPassword(password);
            identityService.saveUser(user);
            log.info("Created administrator {}", userId);
        } else if (!hasConfiguredPassword()) {
            User user = identityService.createUserQuery().userId(userId).singleResult();
            user.setPassword(password);
            identityService.saveUser(user);
            identityService.unlockUser(userId);
            log.warn("Password of administrator {} replaced by the one in INCLUSION_ADMIN_PASSWORD", userId);
        }
        if (identityService
                        .createUserQuery()
                        .userId(userId)
                        .memberOfGroup(Groups.ADMINISTRATORS)
                        .count()
                == 0) {
            identityService.createMembership(userId, Groups.ADMINISTRATORS);
            log.info("Added administrator {} to {}", userId, Groups.ADMINISTRATORS);
        }
    }

    /**
     * Compares the stored hash with the configured password. {@link IdentityService#checkPassword} is not used, because
     * it counts a mismatch as a failed login and locks the account for a while.
     */
    private boolean hasConfiguredPassword() {
        UserEntity stored =
                (UserEntity) identityService.createUserQuery().userId(userId).singleResult();
        String salted = EncryptionUtil.saltPassword(password, stored.getSalt());
        return engineConfiguration.getPasswordManager().check(salted, stored.getPassword());
    }

    /** Reports, without changing anything, an administrator the council's directory does not confirm. */
    private void checkDirectoryAccount() {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            throw new IllegalStateException("Administrator " + userId + " from INCLUSION_ADMIN_USER is not in the"
                    + " directory: give an existing directory account.");
        }
        if (!identityService.checkPassword(userId, password)) {
            log.error(
                    "INCLUSION_ADMIN_PASSWORD is not the directory password of administrator {}; users come from the"
                            + " directory, so change the password there",
                    userId);
        }
        if (identityService
                        .createUserQuery()
                        .userId(userId)
                        .memberOfGroup(Groups.ADMINISTRATORS)
                        .count()
                == 0) {
            log.error(
                    "Administrator {} is not in the directory group {}, so cannot open Cockpit or Admin",
                    userId,
                    Groups.ADMINISTRATORS);
        }
    }
}
