package uk.gov.york.inclusion.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import uk.gov.york.inclusion.workflow.Groups;

/** The production profile starts only with its first administrator and never with the demo users. */
@Tag("own-jvm")
class ProductionProfileTest {

    @Test
    void missingAdministratorStopsStart() {
        Throwable failure = catchThrowable(() -> ProductionStart.start(ProductionStart.newDatabase()));

        assertThat(rootCause(failure))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set INCLUSION_ADMIN_USER and INCLUSION_ADMIN_PASSWORD");
    }

    @Test
    void missingPasswordIsNamed() {
        Throwable failure =
                catchThrowable(() -> ProductionStart.start(ProductionStart.newDatabase(), "inclusion.admin.user=root"));

        assertThat(rootCause(failure))
                .hasMessageContaining("set INCLUSION_ADMIN_PASSWORD.")
                .hasMessageNotContaining("INCLUSION_ADMIN_USER");
    }

    @Test
    void demoUsersStopStart() {
        Throwable failure = catchThrowable(() -> ProductionStart.start(
                ProductionStart.newDatabase(),
                "inclusion.admin.user=root",
                "inclusion.admin.password=first-Secret-1",
                "inclusion.demo-data=true"));

        assertThat(rootCause(failure)).hasMessageContaining("INCLUSION_DEMO_DATA=false");
    }

    @Test
    void administratorIsCreatedWithoutDemoUsers() {
        try (ConfigurableApplicationContext context = ProductionStart.start(
                ProductionStart.newDatabase(),
                "inclusion.admin.user=root",
                "inclusion.admin.password=first-Secret-1")) {
            IdentityService identity = context.getBean(IdentityService.class);

            assertThat(identity.checkPassword("root", "first-Secret-1")).isTrue();
            assertThat(identity.createUserQuery()
                            .userId("root")
                            .memberOfGroup(Groups.ADMINISTRATORS)
                            .count())
                    .isEqualTo(1);
            assertThat(identity.createUserQuery().count()).isEqualTo(1);
        }
    }

    @Test
    void changedPasswordIsApplied() {
        String database = ProductionStart.newDatabase();
        ProductionStart.start(database, "inclusion.admin.user=root", "inclusion.admin.password=first-Secret-1")
                .close();

        try (ConfigurableApplicationContext context = ProductionStart.start(
                database, "inclusion.admin.user=root", "inclusion.admin.password=second-Secret-2")) {
            IdentityService identity = context.getBean(IdentityService.class);

            assertThat(identity.checkPassword("root", "second-Secret-2")).isTrue();
            assertThat(identity.checkPassword("root", "first-Secret-1")).isFalse();
        }
    }

    private static Throwable rootCause(Throwable failure) {
        assertThat(failure).as("start-up failure").isNotNull();
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
