package uk.gov.york.inclusion.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.gov.york.inclusion.support.CommissioningFlow;
import uk.gov.york.inclusion.support.Credentials;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/**
 * Sign-in on both HTTP APIs. The product's API is checked through MockMvc and over HTTP. The engine's REST API runs
 * in its own Jersey servlet, which MockMvc does not reach, so it is checked over HTTP on the loopback address only.
 */
@IntegrationTest
class AuthenticationApiTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private TestData testData;

    @Autowired
    private CommissioningFlow flow;

    @LocalServerPort
    private int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void resetData() {
        testData.reset();
    }

    @Test
    void apiWithoutCredentialsIsUnauthorized() throws Exception {
        MvcResult result = mvc.perform(get("/api/clusters"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, org.hamcrest.Matchers.startsWith("Basic ")))
                .andReturn();

        assertThat(result.getResponse().getContentAsString()).doesNotContain("Tang Hall");
        assertThat(result.getResponse().getContentAsString()).contains("Sign in with your Tasklist user name");
    }

    @Test
    void apiWithWrongPasswordIsUnauthorized() throws Exception {
        mvc.perform(get("/api/clusters").header(HttpHeaders.AUTHORIZATION, Credentials.basic("director", "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void apiWithUnknownUserIsUnauthorized() throws Exception {
        mvc.perform(get("/api/clusters").header(HttpHeaders.AUTHORIZATION, Credentials.basic("nobody")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void apiWithMalformedBasicHeaderIsUnauthorized() throws Exception {
        mvc.perform(get("/api/clusters").header(HttpHeaders.AUTHORIZATION, "Basic not*base64"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void apiWithDemoPasswordIsAllowed() throws Exception {
        mvc.perform(get("/api/clusters").header(HttpHeaders.AUTHORIZATION, Credentials.basic("lead-east")))
                .andExpect(status().isOk());
    }

    @Test
    void apiOverHttpWithoutCredentialsSendsNoData() throws Exception {
        HttpResponse<String> response = send("/api/clusters", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("Tang Hall");
    }

    @Test
    void engineTaskQueryWithoutCredentialsIsUnauthorized() throws Exception {
        flow.submit("east", "tang-hall", "500.00");

        HttpResponse<String> response = send("/engine-rest/task", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("Task_ReviewRequest");
    }

    @Test
    void engineUserQueryWithoutCredentialsIsUnauthorized() throws Exception {
        HttpResponse<String> response = send("/engine-rest/user", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("lead-east");
    }

    @Test
    void engineUserQueryWithWrongPasswordIsUnauthorized() throws Exception {
        HttpResponse<String> response = send("/engine-rest/user", Credentials.basic("director", "wrong"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("lead-east");
    }

    @Test
    void engineUserQueryAnswersAdministrator() throws Exception {
        HttpResponse<String> response = send("/engine-rest/user", Credentials.basic("admin"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"lead-east\"");
    }

    @Test
    void engineTaskQueryLimitsLeadToCluster() throws Exception {
        String westRequest = flow.submit("west", "carr-junior", "500.00").getId();
        flow.returnToLead("officer", westRequest, "Name the schools' SENCOs in the description.");

        HttpResponse<String> east = send("/engine-rest/task", Credentials.basic("lead-east"));
        HttpResponse<String> west = send("/engine-rest/task", Credentials.basic("lead-west"));

        assertThat(east.statusCode()).isEqualTo(200);
        assertThat(east.body()).doesNotContain(westRequest);
        assertThat(west.body()).contains(westRequest);
    }

    private HttpResponse<String> send(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
