package uk.gov.york.inclusion.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * Pounds and pence as {@link BigDecimal} with scale 2, converted at the boundary from whatever a form sent.
 *
 * <p>Tasklist submits numbers loosely typed: 1000 arrives as an {@link Integer} and 1000.5 as a {@link Double}. A
 * double is read through its shortest decimal form ({@link Double#toString}), which gives back exactly the pounds and
 * pence a person typed, so 1000.1 becomes 1000.10 and never 1000.1000000000000227…; an amount with more than two
 * decimal places, such as 1.005, is rejected rather than rounded.
 */
public final class Money {

    /** The largest amount a {@code numeric(12,2)} column holds. */
    public static final BigDecimal MAXIMUM = new BigDecimal("9999999999.99");

    /** Thousands separated by commas, as in 12,500.50; commas anywhere else make the text invalid. */
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    /** Digits with an optional sign and decimal part; no exponent, so "1e3" is not read as 1000. */
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Money() {}

    /** Reads a positive amount of pounds and pence, or raises naming the field. */
    public static BigDecimal parsePositive(String field, String label, Object raw) {
        BigDecimal amount = parse(field, label, raw);
        if (amount.signum() <= 0) {
            throw new InvalidInputException(field, label + " must be more than £0.00, not " + format(amount) + ".");
        }
        return amount;
    }

    /** Reads an amount of pounds and pence, or raises naming the field. */
    public static BigDecimal parse(String field, String label, Object raw) {
        BigDecimal amount = toDecimal(field, label, raw);
        // The messages use toString rather than toPlainString, because typed text such as 1e999999999 would otherwise
        // be written out as a billion digits and exhaust the heap.
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(
                    field, label + " " + amount + " has more than two decimal places: give it in pounds and pence.");
        }
        if (amount.abs().compareTo(MAXIMUM) > 0) {
            throw new InvalidInputException(
                    field, label + " " + amount + " is too large: the maximum is " + format(MAXIMUM) + ".");
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Formats as the council writes money: {@code £12,500.00}. */
    public static String format(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        return format.format(amount.setScale(2, RoundingMode.UNNECESSARY));
    }

    /** Writes the amount with exactly two decimals and no grouping, as the API and process variables carry it. */
    public static String plain(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static BigDecimal toDecimal(String field, String label, Object raw) {
        if (raw == null || (raw instanceof String text && text.isBlank())) {
            throw new InvalidInputException(field, label + " is missing.");
        }
        if (raw instanceof BigDecimal decimal) {
            return decimal;
        }
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
            return BigDecimal.valueOf(((Number) raw).longValue());
        }
        if (raw instanceof Double || raw instanceof Float) {
            double value = ((Number) raw).doubleValue();
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new InvalidInputException(field, label + " is not a number.");
            }
            return new BigDecimal(raw.toString());
        }
        String text = raw.toString().trim().replace("£", "");
        if (GROUPED.matcher(text).matches()) {
            text = text.replace(",", "");
        }
        if (!PLAIN.matcher(text).matches()) {
            throw new InvalidInputException(
                    field, label + " '" + raw + "' is not an amount of money: write it like 1250.50.");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    field, label + " '" + raw + "' is not an amount of money: write it like 1250.50.");
        }
    }
}
