package uk.gov.york.inclusion.budget;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import uk.gov.york.inclusion.cluster.Cluster;

/** The ledger: it offers no update or delete, because entries are never changed once written. */
public interface LedgerEntries extends Repository<LedgerEntry, Long> {

    LedgerEntry save(LedgerEntry entry);

    List<LedgerEntry> findByClusterAndFinancialYearOrderById(Cluster cluster, FinancialYear financialYear);

    List<LedgerEntry> findByRequestReferenceOrderById(String requestReference);

    boolean existsByRequestReferenceAndInvoiceReferenceIgnoreCase(String requestReference, String invoiceReference);

    @Query(
            """
            select coalesce(sum(e.amount), 0) from LedgerEntry e
            where e.cluster = :cluster and e.financialYear = :financialYear and e.kind = :kind""")
    BigDecimal sumFor(Cluster cluster, FinancialYear financialYear, LedgerEntryKind kind);

    @Query(
            """
            select coalesce(sum(e.amount), 0) from LedgerEntry e
            where e.requestReference = :requestReference and e.kind = :kind""")
    BigDecimal sumForRequest(String requestReference, LedgerEntryKind kind);

    @Query(
            """
            select coalesce(sum(e.amount), 0) from LedgerEntry e
            where e.requestReference in :requestReferences and e.kind = :kind""")
    BigDecimal sumForRequests(Collection<String> requestReferences, LedgerEntryKind kind);
}
