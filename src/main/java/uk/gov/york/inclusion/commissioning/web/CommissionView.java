package uk.gov.york.inclusion.commissioning.web;

import java.util.List;
import uk.gov.york.inclusion.budget.BudgetLedger;
import uk.gov.york.inclusion.budget.Money;
import uk.gov.york.inclusion.cluster.School;
import uk.gov.york.inclusion.commissioning.CommissioningDetails;
import uk.gov.york.inclusion.commissioning.CommissioningRequest;
import uk.gov.york.inclusion.commissioning.ReviewDecision;

/**
 * A commissioning request as the API shows it: the request, where its money is now (still committed and spent), and
 * every review decision with its comment, so a lead can read why a request was returned or rejected.
 */
record CommissionView(
        String reference,
        String cluster,
        String financialYear,
        String category,
        String provider,
        String description,
        List<String> schools,
        String startDate,
        String endDate,
        String amount,
        Integer priority,
        String priorityPlan,
        String noPriorityReason,
        String committed,
        String spent,
        String status,
        String submittedBy,
        String submittedAt,
        List<DecisionView> decisions) {

    static CommissionView of(CommissioningRequest request, BudgetLedger ledger, List<ReviewDecision> decisions) {
        CommissioningDetails details = request.getDetails();
        return new CommissionView(
                request.getReference(),
                request.getCluster().getCode(),
                request.getFinancialYear().toString(),
                details.getCategory().code(),
                details.getProvider(),
                details.getDescription(),
                request.getSchools().stream().map(School::getCode).toList(),
                details.getStartDate().toString(),
                details.getEndDate().toString(),
                Money.plain(request.getAmount()),
                details.getPriorityPosition(),
                details.getPriorityPlanReference(),
                details.getNoPriorityReason(),
                Money.plain(ledger.openCommitment(request.getReference())),
                Money.plain(ledger.spent(request.getReference())),
                request.getStatus().name(),
                request.getSubmittedBy(),
                request.getSubmittedAt().toString(),
                decisions.stream().map(DecisionView::of).toList());
    }

    /** One reviewer's decision, on the request itself or on spend above the commitment. */
    record DecisionView(
            String subject,
            int round,
            String approverGroup,
            String reviewer,
            String outcome,
            String comment,
            String decidedAt) {

        static DecisionView of(ReviewDecision decision) {
            return new DecisionView(
                    decision.getSubject().name(),
                    decision.getRound(),
                    decision.getApproverGroup(),
                    decision.getReviewer(),
                    decision.getOutcome().name(),
                    decision.getComment(),
                    decision.getDecidedAt().toString());
        }
    }
}
