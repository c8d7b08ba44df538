package uk.gov.york.inclusion.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.cluster.ClusterDirectory;
import uk.gov.york.inclusion.support.CommissioningFlow;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/**
 * Two approvals racing for the last funds of a cluster. Each of two £6,000 requests passes the budget check of a
 * £10,000 allocation, and an officer approves both at the same moment from two threads. The budget row's lock must let
 * exactly one commit, and the other request must go back to its lead.
 *
 * <p>Runs only on PostgreSQL, whose row locks and READ COMMITTED isolation are those of production. H2 serialises
 * differently, so a pass there would prove nothing. With {@code CI=true} a missing PostgreSQL fails the test.
 */
@IntegrationTest
class LastFundsRaceTest {

    private static final BigDecimal ALLOCATION = new BigDecimal("10000.00");
    private static final String AMOUNT = "6000.00";

    @Autowired
    private DataSource dataSource;

    @Autowired
    private TestData testData;

    @Autowired
    private CommissioningFlow flow;

    @Autowired
    private BudgetAllocations allocations;

    @Autowired
    private BudgetLedger ledger;

    @Autowired
    private LedgerEntries ledgerEntries;

    @Autowired
    private ClusterDirectory directory;

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
            fail("The race for the last funds must run on PostgreSQL in CI, but the database is " + database
                    + ". Set SPRING_DATASOURCE_URL to a PostgreSQL database.");
        }
        Assumptions.assumeTrue(
                postgres,
                "Skipped: the race for the last funds runs only on PostgreSQL, and this run uses " + database + ".");
    }

    @RepeatedTest(5)
    void onlyOneOfTwoApprovalsCommits() throws Exception {
        testData.reset();
        FinancialYear year = testData.openYear();
        allocations.setAllocation("east", year, ALLOCATION, "finance");
        String first = flow.submit("east", "tang-hall", AMOUNT).getId();
        String second = flow.submit("east", "osbaldwick", AMOUNT).getId();
        List<String> processInstanceIds = List.of(first, second);

        List<Throwable> failures = approveAtOnce(
                List.of(flow.openTask(first, "Task_ReviewRequest"), flow.openTask(second, "Task_ReviewRequest")));

        assertThat(failures).as("exceptions from the two approvals").isEmpty();

        List<String> references =
                processInstanceIds.stream().map(flow::reference).toList();
        long commitments = references.stream()
                .flatMap(reference -> ledgerEntries.findByRequestReferenceOrderById(reference).stream())
                .filter(entry -> entry.getKind() == LedgerEntryKind.COMMITMENT)
                .count();
        assertThat(commitments).as("commitments for " + references).isEqualTo(1);

        Cluster east = directory.require("cluster", "east");
        assertThat(ledger.position(east, year).committed()).isLessThanOrEqualTo(ALLOCATION);

        List<String> waitingForFinance = processInstanceIds.stream()
                .filter(id -> hasOpenTask(id, "Task_RecordSpend"))
                .toList();
        assertThat(waitingForFinance)
                .as("requests committed and waiting for finance")
                .hasSize(1);

        List<String> returnedToLead = processInstanceIds.stream()
                .filter(id -> hasOpenTask(id, "Task_AmendRequest"))
                .toList();
        assertThat(returnedToLead).as("requests sent back to the lead").hasSize(1);

        String loser = returnedToLead.get(0);
        assertThat((String) runtimeService.getVariable(loser, "returnReason")).contains("£4,000.00 available");

        assertThat(runtimeService.createIncidentQuery().count()).as("incidents").isZero();
    }

    /** Completes the review tasks as the officer, one thread each, released together, and returns what they raised. */
    private List<Throwable> approveAtOnce(List<Task> tasks) throws InterruptedException {
        CyclicBarrier start = new CyclicBarrier(tasks.size());
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<?>> approvals = new ArrayList<>();
            for (Task task : tasks) {
                approvals.add(threads.submit(() -> {
                    testData.signIn("officer");
                    try {
                        start.await(30, TimeUnit.SECONDS);
                        taskService.complete(task.getId(), Map.of("reviewDecision", "approve"));
                    } finally {
                        identityService.clearAuthentication();
                    }
                    return null;
                }));
            }
            List<Throwable> failures = new ArrayList<>();
            for (Future<?> approval : approvals) {
                try {
                    approval.get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                    failures.add(e);
                }
            }
            return failures;
        } finally {
            threads.shutdownNow();
        }
    }

    private boolean hasOpenTask(String processInstanceId, String taskDefinitionKey) {
        return taskService
                        .createTaskQuery()
                        .processInstanceId(processInstanceId)
                        .taskDefinitionKey(taskDefinitionKey)
                        .count()
                == 1;
    }
}
