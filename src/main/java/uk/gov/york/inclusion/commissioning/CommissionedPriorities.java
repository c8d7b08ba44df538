package uk.gov.york.inclusion.commissioning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.budget.BudgetLedger;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.priorities.FundingTotals;
import uk.gov.york.inclusion.priorities.PriorityFunding;

/**
 * Commissioning money per cluster priority, taken from the ledger, so a released or spent commitment moves between
 * the two totals exactly as it does in the cluster's budget.
 */
@Component
class CommissionedPriorities implements PriorityFunding {

    private final CommissioningRequests requests;
    private final BudgetLedger ledger;

    CommissionedPriorities(CommissioningRequests requests, BudgetLedger ledger) {
        this.requests = requests;
        this.ledger = ledger;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Integer, FundingTotals> byPriority(Cluster cluster, FinancialYear year) {
        Map<Integer, List<String>> referencesByPosition = requests.findServingPriorities(cluster, year).stream()
                .collect(Collectors.groupingBy(
                        request -> request.getDetails().getPriorityPosition(),
                        Collectors.mapping(CommissioningRequest::getReference, Collectors.toList())));

        Map<Integer, FundingTotals> totals = new HashMap<>();
        referencesByPosition.forEach((position, references) ->
                totals.put(position, new FundingTotals(ledger.openCommitment(references), ledger.spent(references))));
        return totals;
    }
}
