package uk.gov.york.inclusion.schooldata;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.cluster.ClusterDirectory;
import uk.gov.york.inclusion.workflow.AccessDeniedException;
import uk.gov.york.inclusion.workflow.CurrentUser;
import uk.gov.york.inclusion.workflow.Groups;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * Imports a period's school data from CSV text, all or nothing: one bad line and nothing of the file is saved. An
 * import for a period already imported replaces it only when asked to; other periods are never touched.
 */
@Service
public class SchoolDataImport {

    private static final Logger log = LoggerFactory.getLogger(SchoolDataImport.class);
    private static final Pattern PERIOD = Pattern.compile("\\d{4}-\\d{2}");

    private final SchoolDataPeriods periods;
    private final SchoolDataRecords records;
    private final ClusterDirectory directory;
    private final CurrentUser currentUser;

    SchoolDataImport(
            SchoolDataPeriods periods, SchoolDataRecords records, ClusterDirectory directory, CurrentUser currentUser) {
        this.periods = periods;
        this.records = records;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    /** Imports the council's figures for a period, such as {@code 2025-01}, as the signed-in administrator. */
    @Transactional
    public ImportSummary importFile(String period, String csv, boolean replace) {
        if (!currentUser.isMemberOf(Groups.ADMINISTRATORS)) {
            throw new AccessDeniedException("Only an administrator can import school data.");
        }
        return save(parsePeriod(period), csv, replace, false, currentUser.id());
    }

    /** Imports the shipped sample figures, marked as sample data wherever they are shown. */
    @Transactional
    ImportSummary importSample(YearMonth period, String csv) {
        return save(period, csv, false, true, "sample-data");
    }

    private ImportSummary save(YearMonth period, String csv, boolean replace, boolean sample, String by) {
        Optional<SchoolDataPeriod> existing = periods.findByPeriod(period.toString());
        if (existing.isPresent() && !replace) {
            throw new InvalidInputException(
                    "period",
                    "School data for " + existing.get().label() + " is already imported: choose to replace it,"
                            + " or give another period.");
        }
        List<SchoolDataCsv.Row> rows = SchoolDataCsv.parse(csv == null ? "" : csv, directory.allSchools());

        SchoolDataPeriod saved = existing.orElseGet(() -> new SchoolDataPeriod(period, sample, by));
        if (existing.isPresent()) {
            records.deleteByPeriod(saved);
            saved.reimport(sample, by);
        }
        saved = periods.save(saved);
        for (SchoolDataCsv.Row row : rows) {
            if (row.newUrn() != null) {
                directory.recordUrn(row.school(), row.newUrn());
            }
            records.save(new SchoolDataRecord(saved, row.school(), row.figures()));
        }
        log.info(
                "School data for {} imported by {}: {} schools{}",
                period,
                by,
                rows.size(),
                existing.isPresent() ? ", replacing the earlier import" : "");
        return new ImportSummary(period.toString(), saved.label(), rows.size(), existing.isPresent());
    }

    static YearMonth parsePeriod(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (!PERIOD.matcher(trimmed).matches()) {
            throw invalidPeriod(text);
        }
        try {
            return YearMonth.parse(trimmed);
        } catch (DateTimeParseException e) {
            throw invalidPeriod(text);
        }
    }

    private static InvalidInputException invalidPeriod(String text) {
        return new InvalidInputException(
                "period",
                "Period '" + (text == null ? "" : text) + "' is not valid: give the month the figures describe,"
                        + " such as 2025-01 for the January 2025 school census.");
    }

    /** Summary of a saved import: the period, its label, the number of schools and whether it replaced one. */
    public record ImportSummary(String period, String label, int schools, boolean replaced) {}
}
