package uk.gov.york.inclusion.dashboard.web;

import static uk.gov.york.inclusion.workflow.SpreadsheetText.cell;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.budget.Money;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.cluster.ClusterAccess;
import uk.gov.york.inclusion.commissioning.CommissioningRequest;
import uk.gov.york.inclusion.commissioning.ReviewDecision;
import uk.gov.york.inclusion.commissioning.ReviewDecisions;
import uk.gov.york.inclusion.priorities.PlanDecision;
import uk.gov.york.inclusion.priorities.PlanDecisions;
import uk.gov.york.inclusion.priorities.PriorityPlan;
import uk.gov.york.inclusion.workflow.SpreadsheetText;

/**
 * Every decision of a financial year as CSV, for finance and auditors: reviewers' decisions on commissioning requests
 * and on spend above a commitment, and inclusion officers' decisions on priority plans. Each user gets the rows of
 * the clusters whose money they may see.
 */
@RestController
class DecisionsExport {

    static final String[] HEADER = {
        "decided_at",
        "decision",
        "reference",
        "cluster",
        "financial_year",
        "round",
        "approver_group",
        "reviewer",
        "outcome",
        "amount",
        "comment"
    };
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final ReviewDecisions reviewDecisions;
    private final PlanDecisions planDecisions;
    private final ClusterAccess access;
    private final Clock clock;

    DecisionsExport(ReviewDecisions reviewDecisions, PlanDecisions planDecisions, ClusterAccess access, Clock clock) {
        this.reviewDecisions = reviewDecisions;
        this.planDecisions = planDecisions;
        this.access = access;
        this.clock = clock;
    }

    /** One line of the export, before the formula guard. */
    private record Line(Instant decidedAt, Cluster cluster, List<Object> values) {}

    @GetMapping("/api/decisions.csv")
    @Transactional(readOnly = true)
    void decisions(
            @RequestParam(required = false) String year,
            @RequestParam(defaultValue = "false") boolean excel,
            HttpServletResponse response)
            throws IOException {
        FinancialYear financialYear = FinancialYear.parseOrCurrent("year", year, clock);
        List<Line> lines = new ArrayList<>();
        reviewDecisions.findForYear(financialYear).forEach(decision -> lines.add(line(decision)));
        planDecisions.findForYear(financialYear).forEach(decision -> lines.add(line(decision)));
        lines.sort(Comparator.comparing(Line::decidedAt));

        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"decisions-" + financialYear + ".csv\"");
        PrintWriter writer = response.getWriter();
        if (excel) {
            writer.write(SpreadsheetText.BYTE_ORDER_MARK);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).get();
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            for (Line line : lines) {
                if (access.canView(line.cluster())) {
                    csv.printRecord(line.values());
                }
            }
        }
    }

    private static Line line(ReviewDecision decision) {
        CommissioningRequest request = decision.getRequest();
        String kind = decision.getSubject() == ReviewDecision.Subject.REQUEST
                ? "commissioning request review"
                : "additional spend approval";
        return new Line(
                decision.getDecidedAt(),
                request.getCluster(),
                List.of(
                        timestamp(decision.getDecidedAt()),
                        kind,
                        request.getReference(),
                        request.getCluster().getCode(),
                        request.getFinancialYear().toString(),
                        decision.getRound(),
                        decision.getApproverGroup(),
                        cell(decision.getReviewer()),
                        decision.getOutcome().name(),
                        Money.plain(decision.getAmount()),
                        text(decision.getComment())));
    }

    private static Line line(PlanDecision decision) {
        PriorityPlan plan = decision.getPlan();
        return new Line(
                decision.getDecidedAt(),
                plan.getCluster(),
                List.of(
                        timestamp(decision.getDecidedAt()),
                        "priority plan review",
                        plan.getReference(),
                        plan.getCluster().getCode(),
                        plan.getFinancialYear().toString(),
                        decision.getRevision(),
                        "",
                        cell(decision.getReviewer()),
                        decision.getOutcome().name(),
                        "",
                        text(decision.getComment())));
    }

    private static String text(String typed) {
        return typed == null ? "" : cell(typed);
    }

    private static String timestamp(Instant instant) {
        return instant.atZone(UK).toOffsetDateTime().toString();
    }
}
