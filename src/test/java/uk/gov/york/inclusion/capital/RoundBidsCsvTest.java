package uk.gov.york.inclusion.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.york.inclusion.support.Credentials;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/** A round's bids as CSV for the finance team and auditors, with what each user may see. */
@IntegrationTest
class RoundBidsCsvTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private CapitalScenario scenario;

    @Autowired
    private TestData testData;

    private Long roundId;
    private String eastReference;

    @BeforeEach
    void roundWithTwoBids() {
        testData.reset();
        roundId = scenario.openRound("300000.00").getId();
        Map<String, Object> east = CapitalScenario.bidForm("east", "tang-hall", "45000.50");
        east.put("title", "=HYPERLINK(\"http://127.0.0.1/\")");
        eastReference = scenario.bidOf(scenario.submit("east", east)).getReference();
        scenario.submit("west", CapitalScenario.bidForm("west", "westfield", "12000.00"));
    }

    @Test
    void officerGetsEveryBid() throws Exception {
        List<CSVRecord> rows = rows(csv("officer", ""));

        assertThat(rows).extracting(row -> row.get("cluster")).containsExactlyInAnyOrder("east", "west");
        CSVRecord east = rows.stream()
                .filter(row -> row.get("reference").equals(eastReference))
                .findFirst()
                .orElseThrow();
        assertThat(east.get("amount")).isEqualTo("45000.50");
        assertThat(east.get("title")).isEqualTo("'=HYPERLINK(\"http://127.0.0.1/\")");
        assertThat(east.get("status")).isEqualTo("SUBMITTED");
    }

    @Test
    void leadGetsOwnClusterOnly() throws Exception {
        assertThat(rows(csv("lead-east", "")))
                .extracting(row -> row.get("cluster"))
                .containsExactly("east");
    }

    @Test
    void excelOptionStartsWithByteOrderMark() throws Exception {
        assertThat(csv("finance", "?excel=true")).startsWith("\uFEFFrank,reference");
        assertThat(csv("finance", "")).startsWith("rank,reference");
    }

    private String csv(String user, String query) throws Exception {
        return mvc.perform(get("/api/capital/rounds/" + roundId + "/bids.csv" + query)
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> rows(String body) throws Exception {
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body))
                .getRecords();
    }
}
