package uk.gov.york.inclusion.schooldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.gov.york.inclusion.support.Credentials;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/** Imports of school data through {@code POST /api/school-data}: all or nothing, with every bad line reported. */
@IntegrationTest
class SchoolDataImportApiTest {

    private static final String HEADER =
            "school,urn,pupils_on_roll,ehcps,sen_support,primary_need,attendance_rate,persistent_absence_rate\n";
    private static final String PERIOD = "2030-01";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private TestData testData;

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void reset() {
        testData.reset();
    }

    @Test
    void goodFileIsSaved() throws Exception {
        upload("admin", PERIOD, HEADER + "Tang Hall,,405,7,64,SEMH,96.1,14.2\nOsbaldwick,,325,6,32,mld,94.5%,13\n")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.schools").value(2))
                .andExpect(jsonPath("$.label").value("January 2030"));

        assertThat(rowsOf(PERIOD)).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select primary_need from school_data d join school s on s.id = d.school_id"
                                + " join school_data_period p on p.id = d.period_id"
                                + " where s.code = 'osbaldwick' and p.period = ?",
                        String.class,
                        PERIOD))
                .isEqualTo("MLD");
    }

    @Test
    void badRowsReportedWithLineNumbers() throws Exception {
        String csv = "# a comment line\n" + HEADER
                + "Tang Hall,,405,7,64,SEMH,96.1,14.2\n"
                + "Osbaldwick,,three hundred,6,32,MLD,94.5,13\n"
                + "Nowhere Primary,,200,1,10,SLCN,95,10\n"
                + "Heworth,,200,1,10,XYZ,101,10\n";

        upload("admin", PERIOD, csv)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.errors[0].line").value(4))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("Pupils on roll")))
                .andExpect(jsonPath("$.errors[1].line").value(5))
                .andExpect(jsonPath("$.errors[1].message").value(Matchers.containsString("Nowhere Primary")))
                .andExpect(jsonPath("$.errors[2].line").value(6))
                .andExpect(jsonPath("$.errors[2].message").value(Matchers.containsString("XYZ")))
                .andExpect(jsonPath("$.errors[3].line").value(6))
                .andExpect(jsonPath("$.errors[3].message").value(Matchers.containsString("101")));

        assertThat(rowsOf(PERIOD)).isZero();
        assertThat(periodCount(PERIOD)).isZero();
    }

    @Test
    void duplicatedSchoolNamesBothLines() throws Exception {
        upload("admin", PERIOD, HEADER + "Tang Hall,,405,7,64,SEMH,96.1,14.2\ntang hall,,400,7,64,SEMH,96.1,14.2\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].message").value("Tang Hall is already on line 2."));
    }

    @Test
    void emptyFileRejected() throws Exception {
        upload("admin", PERIOD, "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("empty")));
    }

    @Test
    void headerWithoutRowsRejected() throws Exception {
        upload("admin", PERIOD, HEADER)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("no rows")));
    }

    @Test
    void fileOfAnotherFormatRejected() throws Exception {
        upload("admin", PERIOD, "{\"schools\": [\"Tang Hall\"]}\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("header lacks")));
    }

    @Test
    void samePeriodRejectedUnlessReplaced() throws Exception {
        upload("admin", PERIOD, HEADER + "Tang Hall,,405,7,64,SEMH,96.1,14.2\n").andExpect(status().isCreated());

        upload("admin", PERIOD, HEADER + "Heworth,,200,1,10,SLCN,95,10\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("period"));
        assertThat(rowsOf(PERIOD)).isEqualTo(1);

        mvc.perform(post("/api/school-data?period=" + PERIOD + "&replace=true")
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("admin"))
                        .contentType("text/csv")
                        .content(HEADER + "Heworth,,200,1,10,SLCN,95,10\nOsbaldwick,,325,6,32,MLD,94.5,13\n"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.replaced").value(true));
        assertThat(rowsOf(PERIOD)).isEqualTo(2);
    }

    @Test
    void earlierPeriodsKept() throws Exception {
        upload("admin", "2030-01", HEADER + "Tang Hall,,405,7,64,SEMH,96.1,14.2\n")
                .andExpect(status().isCreated());
        upload("admin", "2031-01", HEADER + "Tang Hall,,410,8,60,SEMH,95.0,15.0\n")
                .andExpect(status().isCreated());

        assertThat(rowsOf("2030-01")).isEqualTo(1);
        assertThat(rowsOf("2031-01")).isEqualTo(1);
    }

    @Test
    void urnRecordedThenMatches() throws Exception {
        upload("admin", "2030-01", HEADER + "Tang Hall,121690,405,7,64,SEMH,96.1,14.2\n")
                .andExpect(status().isCreated());

        upload("admin", "2031-01", HEADER + ",121690,410,8,60,SEMH,95.0,15.0\n").andExpect(status().isCreated());
        upload("admin", "2032-01", HEADER + "Heworth,121690,410,8,60,SEMH,95.0,15.0\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("is Tang Hall")));
    }

    @Test
    void invalidPeriodRejected() throws Exception {
        upload("admin", "January", HEADER + "Tang Hall,,405,7,64,SEMH,96.1,14.2\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("period"));
    }

    @Test
    void onlyAdministratorsImport() throws Exception {
        upload("officer", PERIOD, HEADER + "Tang Hall,,405,7,64,SEMH,96.1,14.2\n")
                .andExpect(status().isForbidden());
        upload("forum", PERIOD, HEADER + "Tang Hall,,405,7,64,SEMH,96.1,14.2\n").andExpect(status().isForbidden());

        assertThat(periodCount(PERIOD)).isZero();
    }

    @Test
    void formEncodedBodyRejected() throws Exception {
        mvc.perform(post("/api/school-data?period=" + PERIOD)
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("admin"))
                        .contentType("text/plain")
                        .content(HEADER + "Tang Hall,,405,7,64,SEMH,96.1,14.2\n"))
                .andExpect(status().isUnsupportedMediaType());
    }

    private ResultActions upload(String user, String period, String csv) throws Exception {
        return mvc.perform(post("/api/school-data?period=" + period)
                .header(HttpHeaders.AUTHORIZATION, Credentials.basic(user))
                .contentType("text/csv")
                .content(csv));
    }

    private int rowsOf(String period) {
        return jdbc.queryForObject(
                "select count(*) from school_data d join school_data_period p on p.id = d.period_id where p.period = ?",
                Integer.class,
                period);
    }

    private int periodCount(String period) {
        return jdbc.queryForObject("select count(*) from school_data_period where period = ?", Integer.class, period);
    }
}
