package uk.gov.york.inclusion.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.york.inclusion.support.CommissioningFlow;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/**
 * Signs in to the real Tasklist in headless Chromium and opens the cluster dashboard in the same session, after an
 * approved request and an invoice have put money on the ledger. With {@code -De2e.screenshots=docs} it saves the
 * pages at desktop and phone widths for the README.
 */
@IntegrationTest
class DashboardInBrowserTest {

    @LocalServerPort
    private int port;

    @Autowired
    private TestData testData;

    @Autowired
    private CommissioningFlow flow;

    private TasklistBrowser browser;

    @RegisterExtension
    final AfterTestExecutionCallback saveBrowserOnFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.saveState(context.getRequiredTestMethod().getName());
        }
    };

    @BeforeEach
    void openBrowser() throws IOException {
        browser = TasklistBrowser.open(port);
        testData.reset();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void leadOpensClusterPageAfterTasklistLogin() {
        String processInstanceId = flow.submit("east", "tang-hall", "6000.00").getId();
        flow.approve("officer", processInstanceId);
        flow.recordInvoice(processInstanceId, "INV-1001", "1250.50", testData.today());
        String year = testData.openYear().toString();

        browser.signIn("lead-east");
        browser.openPage("/dashboard/clusters/east?year=" + year);

        assertThat(browser.text("h1")).isEqualTo("East cluster");
        assertThat(browser.text("#budget"))
                .contains("£4,749.50")
                .contains("£1,250.50")
                .contains("£94,000.00");
        assertThat(browser.text("#requests")).contains(flow.reference(processInstanceId));
        assertThat(browser.text("#sample-banner")).contains("SAMPLE DATA");
        browser.saveForDocs("dashboard-cluster.png");

        browser.resize(390, 1600);
        browser.saveForDocs("dashboard-cluster-phone.png");

        browser.resize(1280, 1600);
        browser.openPage("/dashboard?year=" + year);
        assertThat(browser.text("h1")).isEqualTo("City overview");
        browser.saveForDocs("dashboard-overview.png");
    }
}
