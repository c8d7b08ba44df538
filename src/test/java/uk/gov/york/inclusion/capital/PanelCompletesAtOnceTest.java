package uk.gov.york.inclusion.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.york.inclusion.capital.CapitalScenario.score;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/**
 * The whole capital panel completes its scores of one bid at the same moment, one thread each. Every score must be
 * saved, no completion may fail, and once the jobs after the scores have run the bid waits for the Assistant Director
 * with the mean of all three. Runs on H2 and, when SPRING_DATASOURCE_URL points there, on PostgreSQL.
 */
@IntegrationTest
class PanelCompletesAtOnceTest {

    @Autowired
    private CapitalScenario scenario;

    @Autowired
    private TestData testData;

    @Autowired
    private TaskService taskService;

    @Autowired
    private RuntimeService runtimeService;

    @Autowired
    private IdentityService identityService;

    @Autowired
    private PanelScores scores;

    @Autowired
    private TransactionTemplate transaction;

    @BeforeEach
    void reset() {
        testData.reset();
        scenario.openRound("100000.00");
    }

    @RepeatedTest(3)
    void everyScoreCounts() throws Exception {
        String bid = scenario.submitToPanel("east", "tang-hall", "40000.00");
        List<Task> tasks = taskService
                .createTaskQuery()
                .processInstanceId(bid)
                .taskDefinitionKey("Task_ScoreBid")
                .list();
        assertThat(tasks).hasSize(3);

        List<Throwable> failures = completeAtOnce(tasks);

        assertThat(failures).as("exceptions from the panel's completions").isEmpty();
        CapitalBid scored = scenario.bidOf(bid);
        List<PanelScore> saved =
                transaction.execute(status -> scores.findByBidAndRoundOrderByPanelMember(scored, scored.getRound()));
        assertThat(saved).extracting(PanelScore::getPanelMember).containsExactly("panel-1", "panel-2", "panel-3");

        scenario.executeJobs(bid);

        assertThat(scenario.hasOpenTask(bid, "Task_DecideBid")).isTrue();
        assertThat(runtimeService.getVariable(bid, "meanScore")).isEqualTo("17.00 out of 25");
        assertThat(runtimeService.createIncidentQuery().count()).as("incidents").isZero();
    }

    /** Completes each task as its panel member, one thread each, released together; returns what they raised. */
    private List<Throwable> completeAtOnce(List<Task> tasks) throws InterruptedException {
        CyclicBarrier start = new CyclicBarrier(tasks.size());
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<?>> completions = new ArrayList<>();
            for (Task task : tasks) {
                completions.add(threads.submit(() -> {
                    testData.signIn(task.getAssignee());
                    try {
                        start.await(30, TimeUnit.SECONDS);
                        taskService.complete(task.getId(), score("4", "4", "3", "3", "3", "fund"));
                    } finally {
                        identityService.clearAuthentication();
                    }
                    return null;
                }));
            }
            List<Throwable> failures = new ArrayList<>();
            for (Future<?> completion : completions) {
                try {
                    completion.get(60, TimeUnit.SECONDS);
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
