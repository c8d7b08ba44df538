package uk.gov.york.inclusion.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.york.inclusion.budget.BudgetLedger;
import uk.gov.york.inclusion.cluster.ClusterDirectory;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;
import uk.gov.york.inclusion.support.WebappSession;

/** The product's API, used from a Tasklist session, needs Camunda's CSRF token for every change, as the webapps do. */
@IntegrationTest
class ApiCsrfTest {

    @LocalServerPort
    private int port;

    @Autowired
    private TestData testData;

    @Autowired
    private BudgetLedger ledger;

    @Autowired
    private ClusterDirectory directory;

    private WebappSession finance;
    private String budgetPath;

    @BeforeEach
    void signInToTasklist() throws Exception {
        testData.reset();
        finance = WebappSession.signIn(port, "finance", "tasklist");
        assertThat(finance.loginStatus()).isEqualTo(200);
        budgetPath = "/api/clusters/east/budget?year=" + testData.openYear();
    }

    @Test
    void readingNeedsNoToken() throws Exception {
        assertThat(finance.send(budgetPath, HttpRequest.newBuilder().GET()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void changeWithoutTokenIsRejected() throws Exception {
        HttpResponse<String> response = finance.send(budgetPath, allocation("90000.00"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("X-XSRF-TOKEN");
        assertThat(allocationOfEast()).isEqualTo("100000.00");
    }

    @Test
    void changeWithWrongTokenIsRejected() throws Exception {
        HttpResponse<String> response =
                finance.send(budgetPath, allocation("90000.00").header("X-XSRF-TOKEN", "guess"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(allocationOfEast()).isEqualTo("100000.00");
    }

    @Test
    void changeWithSessionTokenIsAccepted() throws Exception {
        HttpResponse<String> response =
                finance.send(budgetPath, allocation("90000.00").header("X-XSRF-TOKEN", finance.csrfToken()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(allocationOfEast()).isEqualTo("90000.00");
    }

    private static HttpRequest.Builder allocation(String amount) {
        return HttpRequest.newBuilder()
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"allocation\": \"" + amount + "\"}"));
    }

    private String allocationOfEast() {
        return ledger.position(directory.require("cluster", "east"), testData.openYear())
                .allocation()
                .toPlainString();
    }
}
