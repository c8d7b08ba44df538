package uk.gov.york.inclusion.budget.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.york.inclusion.budget.BudgetAllocations;
import uk.gov.york.inclusion.budget.BudgetLedger;
import uk.gov.york.inclusion.budget.BudgetPosition;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.budget.LedgerEntry;
import uk.gov.york.inclusion.budget.Money;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.cluster.ClusterAccess;
import uk.gov.york.inclusion.cluster.ClusterDirectory;
import uk.gov.york.inclusion.workflow.AccessDeniedException;
import uk.gov.york.inclusion.workflow.CurrentUser;
import uk.gov.york.inclusion.workflow.Groups;
import uk.gov.york.inclusion.workflow.SpreadsheetText;

/**
 * A cluster's budget position and ledger, for its own leads and the city-wide roles. Amounts are strings with two
 * decimals so that no client reads them as floating point.
 */
@RestController
class BudgetController {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final ClusterDirectory directory;
    private final ClusterAccess access;
    private final BudgetLedger ledger;
    private final BudgetAllocations allocations;
    private final CurrentUser currentUser;
    private final Clock clock;

    BudgetController(
            ClusterDirectory directory,
            ClusterAccess access,
            BudgetLedger ledger,
            BudgetAllocations allocations,
            CurrentUser currentUser,
            Clock clock) {
        this.directory = directory;
        this.access = access;
        this.ledger = ledger;
        this.allocations = allocations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/api/clusters/{code}/budget")
    PositionView budget(@PathVariable String code, @RequestParam(required = false) String year) {
        Cluster cluster = visibleCluster(code);
        return PositionView.of(ledger.position(cluster, FinancialYear.parseOrCurrent("year", year, clock)));
    }

    /** Sets the allocation for a year; finance and administrators only, and JSON only against cross-site forms. */
    @PutMapping(path = "/api/clusters/{code}/budget", consumes = MediaType.APPLICATION_JSON_VALUE)
    PositionView setAllocation(
            @PathVariable String code, @RequestParam String year, @RequestBody AllocationRequest body) {
        if (!currentUser.isMemberOf(Groups.FINANCE) && !currentUser.isMemberOf(Groups.ADMINISTRATORS)) {
            throw new AccessDeniedException("Only finance or an administrator can set a cluster's allocation.");
        }
        BigDecimal allocation = Money.parse("allocation", "Allocation", body.allocation());
        return PositionView.of(
                allocations.setAllocation(code, FinancialYear.parse("year", year), allocation, currentUser.id()));
    }

    @GetMapping("/api/clusters/{code}/ledger")
    List<EntryView> ledger(@PathVariable String code, @RequestParam(required = false) String year) {
        Cluster cluster = visibleCluster(code);
        return ledger.entries(cluster, FinancialYear.parseOrCurrent("year", year, clock)).stream()
                .map(this::view)
                .toList();
    }

    @GetMapping("/api/clusters/{code}/ledger.csv")
    void ledgerCsv(
            @PathVariable String code,
            @RequestParam(required = false) String year,
            @RequestParam(defaultValue = "false") boolean excel,
            HttpServletResponse response)
            throws IOException {
        Cluster cluster = visibleCluster(code);
        FinancialYear financialYear = FinancialYear.parseOrCurrent("year", year, clock);
        List<LedgerEntry> entries = ledger.entries(cluster, financialYear);

        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"ledger-" + cluster.getCode() + "-" + financialYear + ".csv\"");
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader(
                        "id",
                        "cluster",
                        "financial_year",
                        "kind",
                        "amount",
                        "request_reference",
                        "invoice_reference",
                        "note",
                        "recorded_by",
                        "recorded_at")
                .get();
        PrintWriter writer = response.getWriter();
        if (excel) {
            writer.write(SpreadsheetText.BYTE_ORDER_MARK);
        }
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            for (LedgerEntry entry : entries) {
                EntryView view = view(entry);
                csv.printRecord(
                        view.id(),
                        view.cluster(),
                        view.financialYear(),
                        view.kind(),
                        view.amount(),
                        SpreadsheetText.cell(view.requestReference()),
                        SpreadsheetText.cell(view.invoiceReference()),
                        SpreadsheetText.cell(view.note()),
                        SpreadsheetText.cell(view.recordedBy()),
                        view.recordedAt());
            }
        }
    }

    private Cluster visibleCluster(String code) {
        Cluster cluster = directory.require("cluster", code);
        access.requireView(cluster);
        return cluster;
    }

    private EntryView view(LedgerEntry entry) {
        return new EntryView(
                entry.getId(),
                entry.getCluster().getCode(),
                entry.getFinancialYear().toString(),
                entry.getKind().name(),
                Money.plain(entry.getAmount()),
                entry.getRequestReference(),
                entry.getInvoiceReference(),
                entry.getNote(),
                entry.getRecordedBy(),
                entry.getRecordedAt().atZone(UK).toOffsetDateTime().toString());
    }

    record AllocationRequest(Object allocation) {}

    record PositionView(
            String cluster, String financialYear, String allocation, String committed, String spent, String available) {

        static PositionView of(BudgetPosition position) {
            return new PositionView(
                    position.clusterCode(),
                    position.financialYear().toString(),
                    Money.plain(position.allocation()),
                    Money.plain(position.committed()),
                    Money.plain(position.spent()),
                    Money.plain(position.available()));
        }
    }

    record EntryView(
            Long id,
            String cluster,
            String financialYear,
            String kind,
            String amount,
            String requestReference,
            String invoiceReference,
            String note,
            String recordedBy,
            String recordedAt) {}
}
