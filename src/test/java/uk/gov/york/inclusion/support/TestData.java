package uk.gov.york.inclusion.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.cluster.School;

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
        unlockUsers();
        for (ProcessInstance instance :
                runtimeService.createProcessInstanceQuery().list()) {
            runtimeService.deleteProcessInstance(instance.getId(), "test reset", true, true);
        }
        jdbc.update("delete from audit_event");
        jdbc.update("delete from mail_message");
        jdbc.update("delete from mail_preference");
        jdbc.update("delete from forum_summary_position");
        jdbc.update("delete from forum_summary");
        jdbc.update("delete from capital_decision");
        jdbc.update("delete from capital_score");
        jdbc.update("delete from capital_bid_version");
        jdbc.update("delete from capital_bid");
        jdbc.update("delete from capital_round");
        jdbc.update("delete from capital_ledger_entry");
        jdbc.update("delete from capital_fund");
        jdbc.update("delete from priority_progress");
        jdbc.update("delete from priority_plan_decision");
        jdbc.update("delete from priority_agreement");
        jdbc.update("delete from cluster_priority");
        jdbc.update("delete from priority_plan_revision");
        jdbc.update("delete from priority_plan");
        jdbc.update("delete from review_decision");
        jdbc.update("delete from commissioning_request_school");
        jdbc.update("delete from commissioning_request");
        jdbc.update("delete from ledger_entry");
        jdbc.update("update cluster_budget set allocation = 100000.00");
        // Keeps the sample school data a fresh start loads and removes what tests imported.
        jdbc.update(
                "delete from school_data where period_id in (select id from school_data_period where sample = false)");
        jdbc.update("delete from school_data_period where sample = false");
        jdbc.update("update school set urn = null");
        restoreSeedClusters();
    }

    /**
     * Clears the engine's login throttling. With Camunda 7.24's defaults a wrong password locks the user for at least 3
     * seconds, and 10 in a row lock them until an administrator unlocks them. Without this, a test that sends a wrong
     * password would lock out the tests after it.
     */
    private void unlockUsers() {
        signIn("admin");
        try {
            for (User user : identityService.createUserQuery().list()) {
                identityService.unlockUser(user.getId());
            }
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Puts every school back in the cluster the seed file gives it and deletes the transfers of earlier tests. */
    private void restoreSeedClusters() {
        jdbc.update("delete from school_transfer");
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader reader = new InputStreamReader(
                new ClassPathResource("seed/york-inclusion-clusters.csv").getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                jdbc.update(
                        "update school set cluster_id = (select id from cluster where code = ?) where code = ?",
                        Cluster.codeFor(row.get("cluster")),
                        School.codeFor(row.get("school")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the cluster seed file", e);
        }
    }

    /** Returns the next financial year, which always has budgets and never ends during a test run. */
    public FinancialYear openYear() {
        return FinancialYear.containing(LocalDate.now(clock)).next();
    }

    /** Returns today's date by the application's clock; invoices may not be dated later. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Returns the date {@code days} after the first day of {@link #openYear()}. */
    public LocalDate dayInOpenYear(int days) {
        return openYear().firstDay().plusDays(days);
    }

    public void signOut() {
        identityService.clearAuthentication();
    }

    /** Signs a demo user in to the engine with the groups they belong to, as Tasklist's login does. */
    public void signIn(String userId) {
        // Look the groups up as nobody: with authorizations on, another user may not read them.
        identityService.clearAuthentication();
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
        identityService.setAuthentication(userId, groups);
    }
}
