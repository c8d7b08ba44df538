package uk.gov.york.inclusion.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.york.inclusion.support.Credentials;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/** Who sees which dashboard page, enforced on the server, and the CSRF check on the school data upload form. */
@IntegrationTest
class DashboardAccessTest {

    private static final String HEADER =
            "school,urn,pupils_on_roll,ehcps,sen_support,primary_need,attendance_rate,persistent_absence_rate\n";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private TestData testData;

    @BeforeEach
    void reset() {
        testData.reset();
    }

    @ParameterizedTest(name = "{0} gets {2} for {1}")
    @CsvSource({
        "lead-east, /dashboard, 200",
        "lead-east, /dashboard/clusters/east, 200",
        "lead-east, /dashboard/clusters/east/schools, 200",
        "lead-east, /dashboard/clusters/west, 403",
        "lead-east, /dashboard/clusters/west/schools, 403",
        "head-east-1, /dashboard/clusters/east, 200",
        "head-east-1, /dashboard/clusters/north, 403",
        "head-east-1, /dashboard, 403",
        "forum, /dashboard, 200",
        "forum, /dashboard/clusters/west, 200",
        "forum, /dashboard/clusters/north-east/schools, 200",
        "forum, /dashboard/school-data, 403",
        "officer, /dashboard/clusters/south-york, 200",
        "director, /dashboard, 200",
        "finance, /dashboard/clusters/southbank, 200",
        "admin, /dashboard/school-data, 200",
        "lead-east, /dashboard/school-data, 403",
        "lead-east, /dashboard/clusters/nowhere, 400",
        "lead-east, /dashboard?year=2026-28, 400"
    })
    void pageAccessByRole(String user, String path, int expected) throws Exception {
        mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, Credentials.basic(user)))
                .andExpect(status().is(expected));
    }

    @Test
    void anonymousVisitorSentToTasklistLogin() throws Exception {
        mvc.perform(get("/dashboard/clusters/east"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/camunda/app/tasklist/"));
    }

    @Test
    void refusedPageShowsNoFigures() throws Exception {
        String page = mvc.perform(get("/dashboard/clusters/west")
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("lead-east")))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("may not see the west cluster");
        assertThat(page).doesNotContain("£");
    }

    @Test
    void overviewLinksOnlyVisibleClusters() throws Exception {
        mvc.perform(get("/dashboard").header(HttpHeaders.AUTHORIZATION, Credentials.basic("lead-east")))
                .andExpect(content().string(Matchers.containsString("href=\"/dashboard/clusters/east")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/dashboard/clusters/west"))));
    }

    @Test
    void pagesMarkSampleData() throws Exception {
        mvc.perform(get("/dashboard/clusters/east/schools")
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("lead-east")))
                .andExpect(content().string(Matchers.containsString("SAMPLE DATA")))
                .andExpect(content().string(Matchers.containsString("January 2025")))
                .andExpect(content().string(Matchers.containsString("January 2024")));
    }

    @Test
    void uploadWithoutTokenRefused() throws Exception {
        mvc.perform(multipart("/dashboard/school-data")
                        .file(csv())
                        .param("period", "2030-01")
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("admin")))
                .andExpect(status().isForbidden());
    }

    @Test
    void uploadWithTokenImports() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String form = mvc.perform(get("/dashboard/school-data")
                        .session(session)
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        mvc.perform(multipart("/dashboard/school-data")
                        .file(csv())
                        .param("period", "2030-01")
                        .param("csrfToken", token(form))
                        .session(session)
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("admin")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/dashboard/school-data"));
    }

    @Test
    void uploadListsBadLinesEscaped() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String form = mvc.perform(get("/dashboard/school-data")
                        .session(session)
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        MockMultipartFile bad = new MockMultipartFile(
                "file",
                "bad.csv",
                "text/csv",
                (HEADER + "<script>alert(1)</script>,,1,0,0,,90,10\n").getBytes(StandardCharsets.UTF_8));

        String page = mvc.perform(multipart("/dashboard/school-data")
                        .file(bad)
                        .param("period", "2030-01")
                        .param("csrfToken", token(form))
                        .session(session)
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("admin")))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Line 2: School &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39;");
        assertThat(page).doesNotContain("<script>alert(1)</script>");
    }

    private static MockMultipartFile csv() {
        return new MockMultipartFile(
                "file",
                "school-data.csv",
                "text/csv",
                (HEADER + "Tang Hall,,405,7,64,SEMH,96.1,14.2\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String token(String form) {
        Matcher matcher =
                Pattern.compile("name=\"csrfToken\" value=\"([0-9a-f]+)\"").matcher(form);
        assertThat(matcher.find()).as("form has a CSRF token").isTrue();
        return matcher.group(1);
    }
}
