package uk.gov.york.inclusion.schooldata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped sample school data, two January census periods, when the database has no school data yet. Runs
 * only on the embedded default ({@code inclusion.demo-data=true}), after the clusters and schools are loaded; the
 * pages mark these periods as sample data.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "inclusion.demo-data", havingValue = "true")
class SampleSchoolData implements ApplicationRunner {

    static final String LATEST_FILE = "sample/school-data-sample.csv";
    static final String PREVIOUS_FILE = "sample/school-data-sample-previous.csv";
    static final YearMonth LATEST = YearMonth.of(2025, 1);
    static final YearMonth PREVIOUS = YearMonth.of(2024, 1);
    private static final Logger log = LoggerFactory.getLogger(SampleSchoolData.class);

    private final SchoolDataPeriods periods;
    private final SchoolDataImport schoolDataImport;

    SampleSchoolData(SchoolDataPeriods periods, SchoolDataImport schoolDataImport) {
        this.periods = periods;
        this.schoolDataImport = schoolDataImport;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (periods.count() > 0) {
            return;
        }
        schoolDataImport.importSample(PREVIOUS, read(PREVIOUS_FILE));
        schoolDataImport.importSample(LATEST, read(LATEST_FILE));
        log.info("Loaded sample school data for {} and {}", PREVIOUS, LATEST);
    }

    private static String read(String file) throws IOException {
        return new ClassPathResource(file).getContentAsString(StandardCharsets.UTF_8);
    }
}
