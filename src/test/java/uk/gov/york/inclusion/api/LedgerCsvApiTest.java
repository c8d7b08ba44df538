package uk.gov.york.inclusion.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.york.inclusion.support.CommissioningFlow;
import uk.gov.york.inclusion.support.Credentials;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/**
 * The ledger export after a £6,000 commitment and two invoices recorded by finance, one of them with a reference that
 * a spreadsheet would run as a formula and one with a character outside ASCII.
 */
@IntegrationTest
class LedgerCsvApiTest {

    private static final String HEADER =
            "id,cluster,financial_year,kind,amount,request_reference,invoice_reference,note,recorded_by,recorded_at";
    private static final String FORMULA_INVOICE = "=HYPERLINK(\"https://example.invalid\",\"Pay\")";
    private static final String ACCENTED_INVOICE = "Facture-Café-7";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private TestData testData;

    @Autowired
    private CommissioningFlow flow;

    private MockHttpServletResponse response;
    private String text;
    private List<CSVRecord> rows;

    @BeforeEach
    void exportLedgerWithInvoices() throws Exception {
        testData.reset();
        String processInstanceId = flow.submit("east", "tang-hall", "6000.00").getId();
        flow.approve("officer", processInstanceId);
        flow.recordInvoice(processInstanceId, FORMULA_INVOICE, "1250.5", testData.today());
        flow.recordInvoice(processInstanceId, ACCENTED_INVOICE, "100", testData.today());

        response = mvc.perform(get("/api/clusters/east/ledger.csv?year=" + testData.openYear())
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("lead-east")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        text = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        rows = parse(text);
    }

    @Test
    void firstLineIsHeader() {
        assertThat(text.lines().findFirst()).hasValue(HEADER);
    }

    @Test
    void hasRowForEachEntry() {
        assertThat(rows).hasSize(3);
    }

    @Test
    void contentTypeIsCsvInUtf8() {
        assertThat(response.getContentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
    }

    @Test
    void writesNonAsciiAsUtf8() {
        assertThat(rows)
                .anySatisfy(row -> assertThat(row.get("invoice_reference")).isEqualTo(ACCENTED_INVOICE));
    }

    @Test
    void amountsHaveTwoDecimals() {
        assertThat(rows).extracting(row -> row.get("amount")).containsExactly("6000.00", "1250.50", "100.00");
    }

    @Test
    void kindsFollowLedgerOrder() {
        assertThat(rows).extracting(row -> row.get("kind")).containsExactly("COMMITMENT", "SPEND", "SPEND");
    }

    @Test
    void formulaInvoiceReferenceIsQuoted() {
        assertThat(rows.get(1).get("invoice_reference")).isEqualTo("'" + FORMULA_INVOICE);
    }

    @Test
    void noCellStartsWithFormulaCharacter() {
        assertThat(rows).allSatisfy(row -> assertThat(row.values())
                .noneMatch(cell -> !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0));
    }

    @Test
    void downloadNamedForClusterAndYear() {
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"ledger-east-" + testData.openYear() + ".csv\"");
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        return format.parse(new StringReader(csv)).getRecords();
    }
}
