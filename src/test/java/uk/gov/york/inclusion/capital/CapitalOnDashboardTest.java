package uk.gov.york.inclusion.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.york.inclusion.support.Credentials;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/** The dashboards show the capital fund on the city overview and each cluster's bids on its page. */
@IntegrationTest
class CapitalOnDashboardTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private CapitalScenario scenario;

    @Autowired
    private TestData testData;

    private String year;

    @BeforeEach
    void fundWithOneEastBid() {
        testData.reset();
        year = testData.openYear().toString();
        scenario.openRound("300000.00");
    }

    @Test
    void overviewShowsFundPosition() throws Exception {
        String page = page("officer", "/dashboard?year=" + year);

        String fund = page.substring(page.indexOf("id=\"capital-fund\""));
        assertThat(fund).contains("£300,000.00");
        assertThat(fund.substring(fund.indexOf("<tbody"), fund.indexOf("</tbody>")))
                .containsSubsequence("£300,000.00", "£0.00", "£0.00", "£300,000.00");
    }

    @Test
    void clusterPageListsItsBidsEscaped() throws Exception {
        Map<String, Object> form = CapitalScenario.bidForm("east", "tang-hall", "45000.00");
        form.put("title", "Nurture base <b>for</b> KS2");
        String reference = scenario.bidOf(scenario.submit("east", form)).getReference();

        String page = page("lead-east", "/dashboard/clusters/east?year=" + year);

        assertThat(page).contains(reference, "£45,000.00", "Nurture base &lt;b&gt;for&lt;/b&gt; KS2");
        assertThat(page("lead-west", "/dashboard/clusters/west?year=" + year)).doesNotContain(reference);
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, Credentials.basic(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
