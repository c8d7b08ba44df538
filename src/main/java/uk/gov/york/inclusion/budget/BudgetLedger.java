package uk.gov.york.inclusion.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.audit.AuditTrail;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * Commits, releases and records spend against a cluster's budget, and reports the budget position.
 *
 * <p>Every change runs in the caller's transaction, which is the process step's: a commitment and the step that made
 * it commit or roll back together. Each change first locks the budget row, then reads the ledger, so a check of the
 * available money and the entry that uses it cannot be split by another transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class BudgetLedger {

    private static final Logger log = LoggerFactory.getLogger(BudgetLedger.class);

    private final ClusterBudgets budgets;
    private final AuditTrail audit;
    private final LedgerEntries entries;

    public BudgetLedger(ClusterBudgets budgets, LedgerEntries entries, AuditTrail audit) {
        this.budgets = budgets;
        this.entries = entries;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public BudgetPosition position(Cluster cluster, FinancialYear year) {
        ClusterBudget budget =
                budgets.findByClusterAndFinancialYear(cluster, year).orElseThrow(() -> noBudget(cluster, year));
        return positionOf(budget);
    }

    /** Locks the budget row so that the caller's next steps see no concurrent change to this cluster's money. */
    public ClusterBudget lock(Cluster cluster, FinancialYear year) {
        return budgets.lockByClusterAndFinancialYear(cluster, year).orElseThrow(() -> noBudget(cluster, year));
    }

    /**
     * Sets money aside for an approved request, or raises {@link InsufficientFundsException} and writes nothing.
     *
     * <p>That exception leaves the caller's transaction able to commit, because the caller catches it and sends the
     * request back to its lead in the same transaction. Without {@code noRollbackFor} the proxy would mark the
     * transaction rollback-only and the step would fail with {@code UnexpectedRollbackException}.
     */
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = InsufficientFundsException.class)
    public LedgerEntry commit(Cluster cluster, FinancialYear year, BigDecimal amount, String reference, String by) {
        ClusterBudget budget = lock(cluster, year);
        BudgetPosition position = positionOf(budget);
        if (position.available().compareTo(amount) < 0) {
            throw new InsufficientFundsException(position, amount);
        }

        LedgerEntry entry =
                entries.save(new LedgerEntry(budget, LedgerEntryKind.COMMITMENT, amount, reference, null, null, by));
        log.info(
                "Committed {} for {} against the {} budget for {}",
                Money.format(amount),
                reference,
                cluster.getCode(),
                year);
        audit.record("funds committed", reference, cluster.getCode(), Money.format(amount) + " from " + year);
        return entry;
    }

    /** Records an invoice paid against a request's commitment; the invoice must fit in what is still committed. */
    public LedgerEntry recordSpend(
            Cluster cluster,
            FinancialYear year,
            BigDecimal amount,
            String reference,
            String invoiceReference,
            LocalDate invoiceDate,
            String by) {
        ClusterBudget budget = lock(cluster, year);
        if (entries.existsByRequestReferenceAndInvoiceReferenceIgnoreCase(reference, invoiceReference)) {
            throw new InvalidInputException(
                    "invoiceReference",
                    "Invoice " + invoiceReference + " is already recorded against " + reference + ".");
        }
        BigDecimal open = openCommitment(reference);
        if (open.compareTo(amount) < 0) {
            throw new InvalidInputException(
                    "invoiceAmount",
                    "Invoice " + invoiceReference + " for "
                            + Money.format(amount) + " is more than the " + Money.format(open) + " still committed to "
                            + reference + ".");
        }

        LedgerEntry entry = entries.save(new LedgerEntry(
                budget,
                LedgerEntryKind.SPEND,
                amount,
                reference,
                invoiceReference,
                "Invoice dated " + invoiceDate,
                by));
        log.info("Recorded spend of {} on invoice {} for {}", Money.format(amount), invoiceReference, reference);
        audit.record(
                "spend recorded",
                reference,
                cluster.getCode(),
                "invoice " + invoiceReference + " dated " + invoiceDate + " for " + Money.format(amount));
        return entry;
    }

    /** Hands back whatever a request still has committed and unspent; returns the amount released, maybe zero. */
    public BigDecimal releaseRemainder(Cluster cluster, FinancialYear year, String reference, String note, String by) {
        ClusterBudget budget = lock(cluster, year);
        BigDecimal open = openCommitment(reference);
        if (open.signum() > 0) {
            entries.save(new LedgerEntry(budget, LedgerEntryKind.RELEASE, open, reference, null, note, by));
            log.info(
                    "Released {} unspent on {} back to the {} budget for {}",
                    Money.format(open),
                    reference,
                    cluster.getCode(),
                    year);
            audit.record("funds released", reference, cluster.getCode(), Money.format(open) + ": " + note);
        }
        return open;
    }

    /** Returns whether an invoice with this reference, in any letter case, is already spent on the request. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public boolean isInvoiceRecorded(String requestReference, String invoiceReference) {
        return entries.existsByRequestReferenceAndInvoiceReferenceIgnoreCase(requestReference, invoiceReference);
    }

    /** Returns what a request has committed and not yet spent or released. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public BigDecimal openCommitment(String reference) {
        return entries.sumForRequest(reference, LedgerEntryKind.COMMITMENT)
                .subtract(entries.sumForRequest(reference, LedgerEntryKind.RELEASE))
                .subtract(entries.sumForRequest(reference, LedgerEntryKind.SPEND));
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public BigDecimal spent(String reference) {
        return entries.sumForRequest(reference, LedgerEntryKind.SPEND);
    }

    /** Returns what a group of requests, such as those serving one priority, still has committed and unspent. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public BigDecimal openCommitment(Collection<String> references) {
        if (references.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return entries.sumForRequests(references, LedgerEntryKind.COMMITMENT)
                .subtract(entries.sumForRequests(references, LedgerEntryKind.RELEASE))
                .subtract(entries.sumForRequests(references, LedgerEntryKind.SPEND));
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public BigDecimal spent(Collection<String> references) {
        return references.isEmpty() ? BigDecimal.ZERO : entries.sumForRequests(references, LedgerEntryKind.SPEND);
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public List<LedgerEntry> entries(Cluster cluster, FinancialYear year) {
        return entries.findByClusterAndFinancialYearOrderById(cluster, year);
    }

    private BudgetPosition positionOf(ClusterBudget budget) {
        Cluster cluster = budget.getCluster();
        FinancialYear year = budget.getFinancialYear();
        BigDecimal committed = entries.sumFor(cluster, year, LedgerEntryKind.COMMITMENT);
        BigDecimal released = entries.sumFor(cluster, year, LedgerEntryKind.RELEASE);
        BigDecimal spent = entries.sumFor(cluster, year, LedgerEntryKind.SPEND);
        BigDecimal open = committed.subtract(released).subtract(spent);
        return new BudgetPosition(cluster.getCode(), year, budget.getAllocation(), scaled(open), scaled(spent));
    }

    private static BigDecimal scaled(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static InvalidInputException noBudget(Cluster cluster, FinancialYear year) {
        return new InvalidInputException(
                "financialYear", "The " + cluster.getName() + " cluster has no budget for " + year + ".");
    }
}
