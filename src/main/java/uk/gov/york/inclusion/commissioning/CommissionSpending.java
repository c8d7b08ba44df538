package uk.gov.york.inclusion.commissioning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.audit.AuditTrail;
import uk.gov.york.inclusion.budget.BudgetLedger;
import uk.gov.york.inclusion.budget.InsufficientFundsException;
import uk.gov.york.inclusion.budget.Money;
import uk.gov.york.inclusion.workflow.CurrentUser;
import uk.gov.york.inclusion.workflow.Groups;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * Records invoices against a commissioned request, approves spend above the commitment, and closes the commission,
 * releasing what was not spent.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class CommissionSpending {

    private static final Logger log = LoggerFactory.getLogger(CommissionSpending.class);

    private final BudgetLedger ledger;
    private final ReviewDecisions decisions;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    public CommissionSpending(
            BudgetLedger ledger, ReviewDecisions decisions, CurrentUser currentUser, Clock clock, AuditTrail audit) {
        this.ledger = ledger;
        this.decisions = decisions;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Records an invoice that fits in what is still committed. A larger one is held for a reviewer's approval, because
     * spending more than was approved needs a fresh approval.
     */
    SpendOutcome recordInvoice(
            CommissioningRequest request, String invoiceReference, BigDecimal amount, LocalDate invoiceDate) {
        String recorder = requireFinance(request);
        if (invoiceDate.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(
                    "invoiceDate",
                    "Invoice date " + invoiceDate + " is in the future: record an invoice once it has been issued.");
        }
        LocalDate submitted = LocalDate.ofInstant(request.getSubmittedAt(), clock.getZone());
        if (invoiceDate.isBefore(submitted)) {
            throw new InvalidInputException(
                    "invoiceDate",
                    "Invoice date " + invoiceDate + " is before " + request.getReference() + " was submitted on "
                            + submitted + ", so it cannot be for this work.");
        }
        if (ledger.isInvoiceRecorded(request.getReference(), invoiceReference)) {
            throw new InvalidInputException(
                    "invoiceReference",
                    "Invoice " + invoiceReference + " is already recorded against " + request.getReference() + ".");
        }
        BigDecimal open = ledger.openCommitment(request.getReference());
        if (amount.compareTo(open) > 0) {
            request.holdInvoice(new PendingInvoice(invoiceReference, amount, invoiceDate, recorder));
            log.info(
                    "Invoice {} of {} on {} exceeds the {} still committed; held for approval",
                    invoiceReference,
                    Money.format(amount),
                    request.getReference(),
                    Money.format(open));
            audit.record(
                    "invoice held",
                    request.getReference(),
                    request.getCluster().getCode(),
                    invoiceReference + " for " + Money.format(amount) + ", above the " + Money.format(open)
                            + " still committed");
            return SpendOutcome.EXCEEDS_COMMITMENT;
        }
        ledger.recordSpend(
                request.getCluster(),
                request.getFinancialYear(),
                amount,
                request.getReference(),
                invoiceReference,
                invoiceDate,
                recorder);
        return SpendOutcome.RECORDED;
    }

    /** Approves or refuses the held invoice; approval commits the extra money and records the whole invoice. */
    void decideAdditionalSpend(CommissioningRequest request, ReviewOutcome outcome, String comment) {
        PendingInvoice invoice = request.getPendingInvoice();
        if (invoice == null) {
            throw new InvalidInputException(
                    "additionalSpendDecision", request.getReference() + " has no invoice waiting for approval.");
        }
        String reviewer = requireIndependentReviewer(request, invoice);
        if (outcome == ReviewOutcome.APPROVE) {
            BigDecimal extra = invoice.getAmount().subtract(ledger.openCommitment(request.getReference()));
            commitExtra(request, extra, reviewer);
            ledger.recordSpend(
                    request.getCluster(),
                    request.getFinancialYear(),
                    invoice.getAmount(),
                    request.getReference(),
                    invoice.getReference(),
                    invoice.getInvoiceDate(),
                    invoice.getRecordedBy());
        } else if (comment == null) {
            throw new InvalidInputException(
                    "additionalSpendComment", "Comment is missing: say why the extra spend is rejected.");
        }

        decisions.save(new ReviewDecision(
                request,
                ReviewDecision.Subject.ADDITIONAL_SPEND,
                Groups.INCLUSION_OFFICERS,
                reviewer,
                outcome,
                comment,
                invoice.getAmount()));
        request.clearPendingInvoice();
        log.info(
                "Spend above the commitment on {} ({}): {} by {}",
                request.getReference(),
                invoice.getReference(),
                outcome,
                reviewer);
        audit.record(
                "additional spend " + outcome.pastTense(),
                request.getReference(),
                request.getCluster().getCode(),
                invoice.getReference() + " for " + Money.format(invoice.getAmount())
                        + (comment == null ? "" : ": " + comment));
    }

    /** Closes the commission and releases what it did not spend. */
    void close(CommissioningRequest request) {
        requireFinance(request);
        if (request.getPendingInvoice() != null) {
            throw new InvalidInputException(
                    "spendAction",
                    "Invoice " + request.getPendingInvoice().getReference()
                            + " is still waiting for approval; close the commission after it is decided.");
        }
        BigDecimal released = ledger.releaseRemainder(
                request.getCluster(),
                request.getFinancialYear(),
                request.getReference(),
                "Commission closed",
                currentUser.id());
        request.changeStatus(CommissioningStatus.CLOSED);
        log.info(
                "Commission {} closed by {}; {} released",
                request.getReference(),
                currentUser.id(),
                Money.format(released));
        audit.record(
                "commission closed",
                request.getReference(),
                request.getCluster().getCode(),
                null);
    }

    private void commitExtra(CommissioningRequest request, BigDecimal extra, String reviewer) {
        try {
            ledger.commit(request.getCluster(), request.getFinancialYear(), extra, request.getReference(), reviewer);
        } catch (InsufficientFundsException e) {
            throw new InvalidInputException(
                    "additionalSpendDecision",
                    "The extra " + Money.format(extra) + " cannot be approved because the "
                            + request.getCluster().getName() + " cluster has only " + Money.format(e.getAvailable())
                            + " available in " + request.getFinancialYear() + ". Refuse it instead.");
        }
    }

    private String requireFinance(CommissioningRequest request) {
        String user = currentUser.id();
        if (!currentUser.isMemberOf(Groups.FINANCE)) {
            throw new InvalidInputException(
                    "spendAction", "Only finance can record spend on " + request.getReference() + ".");
        }
        if (request.isAuthor(user)) {
            throw new InvalidInputException(
                    "spendAction",
                    "You submitted or amended " + request.getReference() + ", so someone else must record its spend.");
        }
        return user;
    }

    private String requireIndependentReviewer(CommissioningRequest request, PendingInvoice invoice) {
        String reviewer = currentUser.id();
        if (!currentUser.isMemberOf(Groups.INCLUSION_OFFICERS)) {
            throw new InvalidInputException(
                    "additionalSpendDecision",
                    "Only an inclusion officer can approve spend" + " above the commitment.");
        }
        if (request.isAuthor(reviewer) || reviewer.equals(invoice.getRecordedBy())) {
            throw new InvalidInputException(
                    "additionalSpendDecision",
                    "You submitted or amended " + request.getReference()
                            + ", or recorded this invoice, so someone else must approve the extra spend.");
        }
        return reviewer;
    }
}
