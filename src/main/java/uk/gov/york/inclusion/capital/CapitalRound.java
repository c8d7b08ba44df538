package uk.gov.york.inclusion.capital;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.gov.york.inclusion.budget.FinancialYear;

/**
 * A bidding round for one year's capital fund. Bids are accepted until the end of its closing date, UK time. At that
 * moment each bid's process leaves its timer, so the round's bids go to the panel together.
 */
@Entity
@Table(name = "capital_round")
public class CapitalRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "fund_id")
    private CapitalFund fund;

    @Column(nullable = false)
    private int number;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    /** The first instant after the closing date, when the round's timers fire. */
    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    /** When the first of the round's timers fired, or null while none has. */
    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected CapitalRound() {}

    CapitalRound(CapitalFund fund, int number, LocalDate closesOn, Instant closesAt, String openedBy, Instant now) {
        this.fund = fund;
        this.number = number;
        this.closesOn = closesOn;
        this.closesAt = closesAt;
        this.openedBy = openedBy;
        this.openedAt = now;
    }

    /** Returns whether bids may still join the round: its timers have not fired and its closing date has not passed. */
    public boolean isOpenAt(Instant now) {
        return closedAt == null && now.isBefore(closesAt);
    }

    void close(Instant now) {
        if (closedAt == null) {
            closedAt = now;
        }
    }

    /** Names the round as people write it: {@code 2026-27 round 2}. */
    public String label() {
        return getFinancialYear() + " round " + number;
    }

    public Long getId() {
        return id;
    }

    public FinancialYear getFinancialYear() {
        return fund.getFinancialYear();
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    CapitalFund getFund() {
        return fund;
    }
}
