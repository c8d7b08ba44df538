package uk.gov.york.inclusion.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.york.inclusion.budget.BudgetAllocations;
import uk.gov.york.inclusion.budget.LedgerEntries;
import uk.gov.york.inclusion.budget.LedgerEntryKind;
import uk.gov.york.inclusion.support.CommissioningFlow;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/**
 * Two requests that each fit the budget when checked, approved one after the other. The second approval finds the
 * money gone and sends its request back to the lead instead of failing.
 */
@IntegrationTest
class FundsGoneBeforeCommitTest {

    @Autowired
    private TestData testData;

    @Autowired
    private CommissioningFlow flow;

    @Autowired
    private BudgetAllocations allocations;

    @Autowired
    private LedgerEntries ledgerEntries;

    @Autowired
    private CommissioningRequests requests;

    @Autowired
    private RuntimeService runtimeService;

    private String first;
    private String second;

    @BeforeEach
    void twoRequestsAwaitingReview() {
        testData.reset();
        allocations.setAllocation("east", testData.openYear(), new BigDecimal("10000.00"), "finance");
        first = flow.submit("east", "tang-hall", "6000.00").getId();
        second = flow.submit("east", "osbaldwick", "6000.00").getId();
        flow.approve("officer", first);
    }

    @Test
    void secondApprovalReturnsRequestToLead() {
        flow.approve("officer", second);

        assertThat(flow.openTask(second, "Task_AmendRequest")).isNotNull();
    }

    @Test
    void secondApprovalNamesAvailableAmount() {
        flow.approve("officer", second);

        assertThat((String) runtimeService.getVariable(second, "returnReason")).contains("£4,000.00 available");
    }

    @Test
    void secondApprovalCommitsNothing() {
        flow.approve("officer", second);

        assertThat(ledgerEntries.findByRequestReferenceOrderById(flow.reference(second)))
                .noneMatch(entry -> entry.getKind() == LedgerEntryKind.COMMITMENT);
    }

    @Test
    void secondRequestAwaitsAmendment() {
        flow.approve("officer", second);

        assertThat(requests.findByReference(flow.reference(second))
                        .orElseThrow()
                        .getStatus())
                .isEqualTo(CommissioningStatus.AWAITING_AMENDMENT);
    }

    @Test
    void secondApprovalRaisesNoIncident() {
        flow.approve("officer", second);

        assertThat(runtimeService
                        .createIncidentQuery()
                        .processInstanceId(second)
                        .count())
                .isZero();
    }
}
