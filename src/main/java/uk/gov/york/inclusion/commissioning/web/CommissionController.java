package uk.gov.york.inclusion.commissioning.web;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.york.inclusion.budget.BudgetLedger;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.cluster.ClusterAccess;
import uk.gov.york.inclusion.cluster.ClusterDirectory;
import uk.gov.york.inclusion.commissioning.CommissioningRequests;
import uk.gov.york.inclusion.commissioning.CommissioningStatus;
import uk.gov.york.inclusion.commissioning.ReviewDecisions;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/** Commissioning requests, filtered by cluster, status and year; each user sees only the clusters they may see. */
@RestController
class CommissionController {

    private final CommissioningRequests requests;
    private final ClusterDirectory directory;
    private final ClusterAccess access;
    private final BudgetLedger ledger;
    private final ReviewDecisions decisions;

    CommissionController(
            CommissioningRequests requests,
            ClusterDirectory directory,
            ClusterAccess access,
            BudgetLedger ledger,
            ReviewDecisions decisions) {
        this.requests = requests;
        this.directory = directory;
        this.access = access;
        this.ledger = ledger;
        this.decisions = decisions;
    }

    @GetMapping("/api/commissions")
    List<CommissionView> commissions(
            @RequestParam(required = false) String cluster,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String year) {
        Cluster only = null;
        if (cluster != null && !cluster.isBlank()) {
            only = directory.require("cluster", cluster);
            access.requireView(only);
        }
        FinancialYear financialYear = year == null || year.isBlank() ? null : FinancialYear.parse("year", year);
        return requests.search(only == null ? null : only.getCode(), status(status), financialYear).stream()
                .filter(request -> access.canView(request.getCluster()))
                .map(request -> CommissionView.of(request, ledger, decisions.findByRequestOrderById(request)))
                .toList();
    }

    private static CommissioningStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return CommissioningStatus.valueOf(
                    status.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "status",
                    "Status '" + status + "' is not known: use one of "
                            + java.util.Arrays.stream(CommissioningStatus.values())
                                    .map(Objects::toString)
                                    .collect(Collectors.joining(", "))
                            + ".");
        }
    }
}
