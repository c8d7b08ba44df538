package uk.gov.york.inclusion.commissioning;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.york.inclusion.budget.BudgetLedger;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.budget.LedgerEntry;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.cluster.ClusterDirectory;
import uk.gov.york.inclusion.cluster.School;
import uk.gov.york.inclusion.priorities.PriorityLink;

/**
 * Fills a cluster's financial year with commissioning requests and their ledger entries, fast enough to seed all six
 * clusters in under a minute. The requests are saved through the repository and their money goes through the budget ledger,
 * but no process instance is started for them, so they have no tasks in Tasklist.
 *
 * <p>Each request starts in one of the year's twelve months, in turn. One in ten waits for review, one in ten is
 * closed after one invoice with the rest released, and the others are commissioned with two to four invoices. The
 * submission and each ledger entry are then dated into the request's month, as if recorded then.
 */
@Component
public class YearOfRequests {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final List<CommissioningCategory> CATEGORIES = List.of(CommissioningCategory.values());

    private final CommissioningRequests requests;
    private final BudgetLedger ledger;
    private final ClusterDirectory directory;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;

    @PersistenceContext
    private EntityManager entityManager;

    YearOfRequests(
            CommissioningRequests requests,
            BudgetLedger ledger,
            ClusterDirectory directory,
            TransactionTemplate transaction,
            JdbcTemplate jdbc) {
        this.requests = requests;
        this.ledger = ledger;
        this.directory = directory;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    /**
     * Records {@code count} requests for the cluster and year, each serving one of the plan's priorities in turn. The
     * caller signs in the user the ledger's audit entries name.
     */
    public void record(Cluster cluster, FinancialYear year, String planReference, int priorities, int count) {
        transaction.executeWithoutResult(status -> {
            List<School> schools = directory.schoolsOf(cluster);
            for (int number = 1; number <= count; number++) {
                int position = (number - 1) % priorities + 1;
                PriorityLink priority = new PriorityLink(position, planReference, null, "Priority " + position);
                recordOne(cluster, year, schools.get(number % schools.size()), number, priority);
            }
        });
    }

    private void recordOne(Cluster cluster, FinancialYear year, School school, int number, PriorityLink priority) {
        LocalDate start = year.firstDay().plusMonths((number - 1) % 12).plusDays(number % 20);
        LocalDate end = start.plusDays(90).isAfter(year.lastDay()) ? year.lastDay() : start.plusDays(90);
        BigDecimal amount = new BigDecimal(450 + (number % 7) * 25).setScale(2);
        String reference =
                "COM-" + cluster.getCode().toUpperCase(Locale.ROOT) + "-" + year + "-" + String.format("%03d", number);
        CommissioningDetails details = new CommissioningDetails(
                CATEGORIES.get(number % CATEGORIES.size()),
                "Provider " + (number % 9 + 1),
                "Outreach sessions for pupils at risk of exclusion, block " + number + ".",
                start,
                end,
                amount,
                priority);
        CommissioningRequest request = requests.save(new CommissioningRequest(
                reference, cluster, details, List.of(school), "lead-" + cluster.getCode(), null));
        if (number % 10 == 0) {
            entityManager.flush();
            date("commissioning_request", "submitted_at", request.getId(), start.minusDays(14));
            return;
        }

        boolean closes = number % 10 == 1;
        request.changeStatus(closes ? CommissioningStatus.CLOSED : CommissioningStatus.COMMISSIONED);
        Long commitment =
                ledger.commit(cluster, year, amount, reference, "officer").getId();
        int invoices = closes ? 1 : 2 + number % 3;
        BigDecimal invoiceAmount = amount.divide(new BigDecimal(5));
        Map<Long, LocalDate> spends = new LinkedHashMap<>();
        for (int invoice = 1; invoice <= invoices; invoice++) {
            LocalDate invoiceDate = start.plusDays(20L * invoice);
            LedgerEntry spend = ledger.recordSpend(
                    cluster, year, invoiceAmount, reference, "INV-" + number + "-" + invoice, invoiceDate, "finance");
            spends.put(spend.getId(), invoiceDate);
        }
        if (closes) {
            ledger.releaseRemainder(cluster, year, reference, "Delivery finished", "finance");
        }

        // Dated only after the flush, because flushing the changed request writes every column again.
        entityManager.flush();
        date("commissioning_request", "submitted_at", request.getId(), start.minusDays(14));
        date("ledger_entry", "recorded_at", commitment, start.minusDays(7));
        spends.forEach((id, day) -> date("ledger_entry", "recorded_at", id, day));
        if (closes) {
            jdbc.update(
                    "update ledger_entry set recorded_at = ? where request_reference = ? and kind = 'RELEASE'",
                    noonOf(end),
                    reference);
        }
    }

    private void date(String table, String column, Long id, LocalDate day) {
        jdbc.update("update " + table + " set " + column + " = ? where id = ?", noonOf(day), id);
    }

    private static Timestamp noonOf(LocalDate day) {
        return Timestamp.from(day.atTime(12, 0).atZone(UK).toInstant());
    }
}
