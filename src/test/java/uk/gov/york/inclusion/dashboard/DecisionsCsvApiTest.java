package uk.gov.york.inclusion.dashboard;

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
import uk.gov.york.inclusion.support.CommissioningFlow;
import uk.gov.york.inclusion.support.Credentials;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/**
 * The decisions export after an East request is returned with a comment a spreadsheet would run as a formula and
 * withdrawn, a second East request is approved, and a West request is approved.
 */
@IntegrationTest
class DecisionsCsvApiTest {

    private static final String FORMULA_COMMENT = "=HYPERLINK(\"https://example.invalid\",\"Open\")";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private TestData testData;

    @Autowired
    private CommissioningFlow flow;

    private String eastReference;

    @BeforeEach
    void decideRequests() {
        testData.reset();
        String east = flow.submit("east", "tang-hall", "6000.00").getId();
        eastReference = flow.reference(east);
        flow.returnToLead("officer", east, FORMULA_COMMENT);
        flow.completeTask("lead-east", east, "Task_AmendRequest", Map.of("amendAction", "withdraw"));
        String secondEast = flow.submit("east", "heworth", "700.00").getId();
        flow.approve("officer", secondEast);
        String west = flow.submit("west", "carr-infant", "500.00").getId();
        flow.approve("officer", west);
    }

    @Test
    void financeSeesEveryDecision() throws Exception {
        List<CSVRecord> rows = parse(export("finance", ""));

        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(row -> row.get("outcome")).containsExactly("RETURN", "APPROVE", "APPROVE");
        assertThat(rows.get(0).get("reference")).isEqualTo(eastReference);
        assertThat(rows.get(0).get("amount")).isEqualTo("6000.00");
        assertThat(rows.get(0).get("decision")).isEqualTo("commissioning request review");
    }

    @Test
    void formulaCommentIsQuoted() throws Exception {
        List<CSVRecord> rows = parse(export("finance", ""));

        assertThat(rows.get(0).get("comment")).isEqualTo("'" + FORMULA_COMMENT);
    }

    @Test
    void leadSeesOwnClusterOnly() throws Exception {
        List<CSVRecord> rows = parse(export("lead-east", ""));

        assertThat(rows).hasSize(2);
        assertThat(rows).allSatisfy(row -> assertThat(row.get("cluster")).isEqualTo("east"));
    }

    @Test
    void excelVariantStartsWithByteOrderMark() throws Exception {
        String text = export("finance", "&excel=true");

        assertThat(text).startsWith("\uFEFFdecided_at,decision,reference");
    }

    @Test
    void datesAreIso() throws Exception {
        List<CSVRecord> rows = parse(export("finance", ""));

        assertThat(rows.get(0).get("decided_at")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");
    }

    private String export(String user, String options) throws Exception {
        byte[] body = mvc.perform(get("/api/decisions.csv?year=" + testData.openYear() + options)
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return new String(body, StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        return format.parse(new StringReader(csv)).getRecords();
    }
}
