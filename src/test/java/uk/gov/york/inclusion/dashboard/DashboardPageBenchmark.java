package uk.gov.york.inclusion.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.capital.CapitalScenario;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.cluster.ClusterDirectory;
import uk.gov.york.inclusion.commissioning.YearOfRequests;
import uk.gov.york.inclusion.priorities.ApprovedPriorities;
import uk.gov.york.inclusion.priorities.PrioritiesScenario;
import uk.gov.york.inclusion.priorities.PriorityProgress;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/**
 * Times every dashboard page over HTTP with a year of data in all six clusters: the city overview, each cluster's
 * page and each cluster's school data page, requested as {@code officer} with HTTP Basic credentials. Tagged
 * {@code benchmark}, so {@code mvn verify} leaves it out; {@code docs/benchmarks.md} gives the command and the
 * results. It checks what each page shows, but sets no time limit, because the times depend on the machine.
 */
@IntegrationTest
@Tag("benchmark")
class DashboardPageBenchmark {

    private static final Logger log = LoggerFactory.getLogger(DashboardPageBenchmark.class);

    static final int REQUESTS_PER_CLUSTER = 150;
    static final int PRIORITIES = 6;
    static final int READINGS_PER_PRIORITY = 2;
    static final int BIDS_PER_CLUSTER = 3;
    static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 20);
    static final int TIMED = Integer.getInteger("benchmark.timed", 100);
    static final long BUDGET_MILLIS = 500;

    @LocalServerPort
    private int port;

    @Autowired
    private TestData testData;

    @Autowired
    private ClusterDirectory directory;

    @Autowired
    private YearOfRequests yearOfRequests;

    @Autowired
    private PrioritiesScenario priorities;

    @Autowired
    private ApprovedPriorities approvedPriorities;

    @Autowired
    private PriorityProgress progress;

    @Autowired
    private CapitalScenario capital;

    @Autowired
    private TaskService taskService;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Autowired
    private DataSource dataSource;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** One page's timings in milliseconds, sorted, and the SQL statements Hibernate prepared for one request. */
    record PageTimes(String path, double[] millis, long statements) {

        double percentile(double fraction) {
            int index = (int) Math.ceil(fraction * millis.length) - 1;
            return millis[Math.max(index, 0)];
        }

        double max() {
            return millis[millis.length - 1];
        }
    }

    @AfterEach
    void removeData() {
        testData.reset();
    }

    @Test
    void timesEveryDashboardPage() throws Exception {
        FinancialYear year = seedYear();
        List<String> paths = new ArrayList<>();
        paths.add("/dashboard?year=" + year);
        for (Cluster cluster : directory.clusters()) {
            paths.add("/dashboard/clusters/" + cluster.getCode() + "?year=" + year);
            paths.add("/dashboard/clusters/" + cluster.getCode() + "/schools");
        }

        checkPagesShowTheData(year);
        List<PageTimes> results = new ArrayList<>();
        for (String path : paths) {
            results.add(time(path));
        }

        String report = report(results);
        log.info("Dashboard page times:\n{}", report);
        Path file = Path.of("target", "benchmarks", "dashboard-pages.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report, StandardCharsets.UTF_8);
    }

    /** Seeds the open year for every cluster and returns the year. */
    private FinancialYear seedYear() {
        testData.reset();
        FinancialYear year = testData.openYear();
        long started = System.nanoTime();
        // Bids first: while a cluster has no approved plan a bid may serve no priority, which keeps the form short.
        capital.openRound("900000.00");
        for (Cluster cluster : directory.clusters()) {
            String school = directory.schoolsOf(cluster).get(0).getCode();
            for (int bid = 1; bid <= BIDS_PER_CLUSTER; bid++) {
                String processInstanceId = capital.submit(cluster.getCode(), school, (20000 + bid * 5000) + ".00");
                if (bid < BIDS_PER_CLUSTER) {
                    capital.accept(processInstanceId);
                }
            }
        }
        for (Cluster cluster : directory.clusters()) {
            String plan = approvePlan(cluster);
            recordReadings(cluster, year);
            testData.signIn("officer");
            try {
                yearOfRequests.record(cluster, year, plan, PRIORITIES, REQUESTS_PER_CLUSTER);
            } finally {
                testData.signOut();
            }
        }
        log.info("Seeded {} in {} ms", year, (System.nanoTime() - started) / 1_000_000);
        return year;
    }

    private String approvePlan(Cluster cluster) {
        Map<String, Object> form = priorities.eastPlan(PRIORITIES);
        form.put("clusterCode", cluster.getCode());
        ProcessInstance instance = priorities.start("lead-" + cluster.getCode(), form);
        for (Task task : taskService
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey("Task_AgreePriorities")
                .list()) {
            priorities.complete(task.getAssignee(), task, Map.of("agreement", "agree"));
        }
        priorities.complete("officer", instance, "Task_ReviewPlan", Map.of("planDecision", "approve"));
        return approvedPriorities
                .plan(cluster, testData.openYear())
                .orElseThrow()
                .getReference();
    }

    private void recordReadings(Cluster cluster, FinancialYear year) {
        testData.signIn("lead-" + cluster.getCode());
        try {
            for (int position = 1; position <= PRIORITIES; position++) {
                for (int reading = 1; reading <= READINGS_PER_PRIORITY; reading++) {
                    progress.record(cluster, year, position, String.valueOf(21 - reading), "Termly reading");
                }
            }
        } finally {
            testData.signOut();
        }
    }

    /** Fails the run if a page does not show the seeded data, so the times are for pages that did the work. */
    private void checkPagesShowTheData(FinancialYear year) throws Exception {
        String east = get("/dashboard/clusters/east?year=" + year).body();
        assertThat(east).contains("COM-EAST-" + year + "-150");
        assertThat(east).contains("PRI-EAST-" + year);
        assertThat(east).contains("CAP-");
        String schools = get("/dashboard/clusters/east/schools").body();
        assertThat(schools)
                .contains(directory
                        .schoolsOf(directory.require("cluster", "east"))
                        .get(0)
                        .getName());
        String overview = get("/dashboard?year=" + year).body();
        assertThat(overview).contains("Southbank");
    }

    private PageTimes time(String path) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            get(path);
        }
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        get(path);
        long statements = statistics.getPrepareStatementCount();
        statistics.setStatisticsEnabled(false);

        double[] millis = new double[TIMED];
        for (int i = 0; i < TIMED; i++) {
            long started = System.nanoTime();
            get(path);
            millis[i] = (System.nanoTime() - started) / 1_000_000.0;
        }
        Arrays.sort(millis);
        return new PageTimes(path, millis, statements);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString("officer:demo".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + credentials)
                .GET()
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
        return response;
    }

    private String report(List<PageTimes> results) throws SQLException {
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                "%s %s, %d processors, %s; %d warm-up and %d timed requests per page%n%n",
                System.getProperty("java.vm.name"),
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                databaseName(),
                WARM_UP,
                TIMED));
        text.append("| page | median ms | 95th percentile ms | max ms | SQL statements | within 0.5 s |\n");
        text.append("|---|---:|---:|---:|---:|---|\n");
        for (PageTimes page : results) {
            text.append(String.format(
                    "| `%s` | %.1f | %.1f | %.1f | %d | %s |%n",
                    page.path(),
                    page.percentile(0.5),
                    page.percentile(0.95),
                    page.max(),
                    page.statements(),
                    page.percentile(0.95) <= BUDGET_MILLIS ? "yes" : "NO"));
        }
        return text.toString();
    }

    private String databaseName() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
    }
}
