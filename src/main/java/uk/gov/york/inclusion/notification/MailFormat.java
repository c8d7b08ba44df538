package uk.gov.york.inclusion.notification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.gov.york.inclusion.budget.Money;

/** Amounts and dates as the council writes them in mail: £12,500.00 and 4 December 2026, in UK time. */
final class MailFormat {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private MailFormat() {}

    static String money(BigDecimal amount) {
        return Money.format(amount);
    }

    /** Formats a change of money with its sign, such as +£1,000.00 or −£250.00; no change is £0.00. */
    static String change(BigDecimal amount) {
        if (amount.signum() == 0) {
            return Money.format(amount);
        }
        return (amount.signum() > 0 ? "+" : "\u2212") + Money.format(amount.abs());
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String date(Instant instant) {
        return DATE.format(instant.atZone(UK).toLocalDate());
    }
}
