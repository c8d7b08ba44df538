package uk.gov.york.inclusion.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static uk.gov.york.inclusion.capital.CapitalScenario.GOOD_SCORE;
import static uk.gov.york.inclusion.capital.CapitalScenario.bidForm;
import static uk.gov.york.inclusion.capital.CapitalScenario.decision;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * Two awards racing for the last of the capital fund. Two scored £60,000 bids compete for a £100,000 fund, and the
 * Assistant Director awards both at the same moment from two threads. The fund row's lock must let exactly one award
 * through; the other decision fails with the amount available and its task stays open.
 *
 * <p>Runs only on PostgreSQL, whose row locks and READ COMMITTED isolation are those of production. With
 * {@code CI=true} a missing PostgreSQL fails the test.
 */
@IntegrationTest
class LastCapitalAwardRaceTest {

    @Autowired
    private DataSource dataSource;

    @Autowired
    private TestData testData;

    @Autowired
    private CapitalScenario scenario;

    @Autowired
    private TaskService taskService;

    @Autowired
    private RuntimeService runtimeService;

    @Autowired
    private IdentityService identityService;

    @BeforeEach
    void requirePostgreSql() throws SQLException {
        String database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName();
        }
        boolean postgres = "PostgreSQL".equals(database);
        if (!postgres && "true".equals(System.getenv("CI"))) {
            fail("The race for the last of the capital fund must run on PostgreSQL in CI, but the database is "
                    + database + ". Set SPRING_DATASOURCE_URL to a PostgreSQL database.");
        }
        Assumptions.assumeTrue(
                postgres,
                "Skipped: the race for the last of the capital fund runs only on PostgreSQL, and this run uses "
                        + database + ".");
    }

    @RepeatedTest(3)
    void onlyOneOfTwoAwardsIsRecorded() throws Exception {
        testData.reset();
        scenario.openRound("100000.00");
        List<String> bids = scenario.submitAllToPanel(
                List.of(bidForm("east", "tang-hall", "60000.00"), bidForm("north", "lakeside", "60000.00")));
        String first = bids.get(0);
        String second = bids.get(1);
        scenario.scoreByWholePanel(first, GOOD_SCORE);
        scenario.scoreByWholePanel(second, GOOD_SCORE);

        List<Throwable> failures = awardAtOnce(
                List.of(scenario.openTask(first, "Task_DecideBid"), scenario.openTask(second, "Task_DecideBid")));

        assertThat(failures).as("decisions that failed").hasSize(1);
        assertThat(failures.get(0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("has £40,000.00 available");
        FundPosition position = scenario.fundPosition();
        assertThat(position.awarded()).isEqualByComparingTo("60000.00");
        assertThat(position.available()).isEqualByComparingTo("40000.00");
        long waitingForDrawdown = List.of(first, second).stream()
                .filter(id -> scenario.hasOpenTask(id, "Task_RecordDrawdown"))
                .count();
        assertThat(waitingForDrawdown).isEqualTo(1);
        long stillToDecide = List.of(first, second).stream()
                .filter(id -> scenario.hasOpenTask(id, "Task_DecideBid"))
                .count();
        assertThat(stillToDecide).isEqualTo(1);
        assertThat(runtimeService.createIncidentQuery().count()).as("incidents").isZero();
    }

    /** Completes the decision tasks as the director, one thread each, released together; returns what they raised. */
    private List<Throwable> awardAtOnce(List<Task> tasks) throws InterruptedException {
        CyclicBarrier start = new CyclicBarrier(tasks.size());
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<?>> awards = new ArrayList<>();
            for (Task task : tasks) {
                awards.add(threads.submit(() -> {
                    testData.signIn("director");
                    try {
                        start.await(30, TimeUnit.SECONDS);
                        taskService.complete(task.getId(), decision("award", "Strong bid."));
                    } finally {
                        identityService.clearAuthentication();
                    }
                    return null;
                }));
            }
            List<Throwable> failures = new ArrayList<>();
            for (Future<?> award : awards) {
                try {
                    award.get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                } catch (TimeoutException e) {
                    failures.add(e);
                }
            }
            return failures;
        } finally {
            threads.shutdownNow();
        }
    }
}
