package uk.gov.york.inclusion.commissioning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice larger than what is still committed, held until a reviewer approves or refuses the extra spend. */
@Embeddable
public class PendingInvoice {

    @Column(name = "pending_invoice_reference")
    private String reference;

    @Column(name = "pending_invoice_amount", precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "pending_invoice_date")
    private LocalDate invoiceDate;

    @Column(name = "pending_invoice_recorded_by")
    private String recordedBy;

    protected PendingInvoice() {}

    PendingInvoice(String reference, BigDecimal amount, LocalDate invoiceDate, String recordedBy) {
        this.reference = reference;
        this.amount = amount;
        this.invoiceDate = invoiceDate;
        this.recordedBy = recordedBy;
    }

    public String getReference() {
        return reference;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getInvoiceDate() {
        return invoiceDate;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
