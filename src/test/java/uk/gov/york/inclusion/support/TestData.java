package uk.gov.york.inclusion.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.budget.FinancialYear;

/**
 * Puts the database back to the state a fresh start leaves, so each test sees full budgets and no requests whether it
 * runs on H2 or on the PostgreSQL database CI shares between test classes.
 */
@Component
public class TestData {

    private final JdbcTemplate jdbc;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final Clock clock;

    public TestData(JdbcTemplate jdbc, RuntimeService runtimeService, IdentityService identityService, Clock clock) {
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.clock = clock;
    }

    public void reset() {
        identityService.clearAuthentication();
        for (ProcessInstance instance :
                runtimeService.createProcessInstanceQuery().list()) {
            runtimeService.deleteProcessInstance(instance.getId(), "test reset", true, true);
        }
        jdbc.update("delete from review_decision");
        jdbc.update("delete from commissioning_request_school");
        jdbc.update("delete from commissioning_request");
        jdbc.update("delete from ledger_entry");
        jdbc.update("update cluster_budget set allocation = 100000.00");
    }

    /** The next financial year: it always has budgets and never ends during a test run. */
    public FinancialYear openYear() {
        return FinancialYear.containing(LocalDate.now(clock)).next();
    }

    /** A date in {@link #openYear()}, {@code days} after its first day. */
    public LocalDate dayInOpenYear(int days) {
        return openYear().firstDay().plusDays(days);
    }

    /** Signs a demo user in to the engine with the groups they belong to, as Tasklist's login does. */
    public void signIn(String userId) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
        identityService.setAuthentication(userId, groups);
    }
}
