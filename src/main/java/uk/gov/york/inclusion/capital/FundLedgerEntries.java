package uk.gov.york.inclusion.capital;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The capital fund's ledger: it offers no update or delete, because entries are never changed once written. */
interface FundLedgerEntries extends Repository<FundLedgerEntry, Long> {

    FundLedgerEntry save(FundLedgerEntry entry);

    List<FundLedgerEntry> findByBidReferenceOrderById(String bidReference);

    boolean existsByBidReferenceAndDrawdownReferenceIgnoreCase(String bidReference, String drawdownReference);

    @Query("select coalesce(sum(e.amount), 0) from FundLedgerEntry e where e.fund = :fund and e.kind = :kind")
    BigDecimal sumFor(CapitalFund fund, FundEntryKind kind);

    @Query(
            """
            select coalesce(sum(e.amount), 0) from FundLedgerEntry e
            where e.bidReference = :bidReference and e.kind = :kind""")
    BigDecimal sumForBid(String bidReference, FundEntryKind kind);
}
