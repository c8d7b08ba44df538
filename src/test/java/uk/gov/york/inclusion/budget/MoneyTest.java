package uk.gov.york.inclusion.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import uk.gov.york.inclusion.workflow.InvalidInputException;

class MoneyTest {

    @Test
    void readsIntegerAsPoundsWithTwoDecimals() {
        assertThat(Money.parse("amount", "Amount", 1000)).isEqualTo(new BigDecimal("1000.00"));
    }

    @Test
    void readsLongAsPoundsWithTwoDecimals() {
        assertThat(Money.parse("amount", "Amount", 250L)).isEqualTo(new BigDecimal("250.00"));
    }

    @Test
    void readsDoubleWithOneDecimal() {
        assertThat(Money.parse("amount", "Amount", 1000.5d)).isEqualTo(new BigDecimal("1000.50"));
    }

    @Test
    void readsDoubleWithoutBinaryRoundingError() {
        // new BigDecimal(1000.1d) is 1000.1000000000000227373675443232059478759765625.
        assertThat(Money.parse("amount", "Amount", 1000.1d)).isEqualTo(new BigDecimal("1000.10"));
    }

    @Test
    void readsFloatWithoutBinaryRoundingError() {
        assertThat(Money.parse("amount", "Amount", 12.3f)).isEqualTo(new BigDecimal("12.30"));
    }

    @Test
    void rejectsDoubleWithThreeDecimals() {
        assertRejected(() -> Money.parse("amount", "Amount", 1.005d), "amount").hasMessageContaining("1.005");
    }

    @Test
    void rejectsStringWithThreeDecimals() {
        assertRejected(() -> Money.parse("invoiceAmount", "Invoice amount", "12.345"), "invoiceAmount");
    }

    @Test
    void acceptsTrailingZerosBeyondPence() {
        assertThat(Money.parse("amount", "Amount", "12.500")).isEqualTo(new BigDecimal("12.50"));
    }

    @Test
    void parsePositiveRejectsZero() {
        assertRejected(() -> Money.parsePositive("amount", "Amount", 0), "amount")
                .hasMessageContaining("£0.00");
    }

    @Test
    void parsePositiveRejectsNegative() {
        assertRejected(() -> Money.parsePositive("amount", "Amount", "-5.00"), "amount");
    }

    @Test
    void parseAcceptsNegative() {
        assertThat(Money.parse("amount", "Amount", "-5")).isEqualTo(new BigDecimal("-5.00"));
    }

    @Test
    void acceptsPoundSignAndThousandsSeparator() {
        assertThat(Money.parse("amount", "Amount", "£1,250.50")).isEqualTo(new BigDecimal("1250.50"));
    }

    @Test
    void rejectsExponentNotation() {
        assertThatThrownBy(() -> Money.parse("amount", "Amount", "1e3"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not an amount of money");
    }

    @Test
    void rejectsCommasOutsideThousandsGroups() {
        assertThatThrownBy(() -> Money.parse("amount", "Amount", "1,0,0,0"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not an amount of money");
    }

    @Test
    void acceptsSurroundingSpaces() {
        assertThat(Money.parse("amount", "Amount", " 99.9 ")).isEqualTo(new BigDecimal("99.90"));
    }

    @Test
    void rejectsTextThatIsNotANumber() {
        assertRejected(() -> Money.parse("amount", "Amount", "abc"), "amount").hasMessageContaining("'abc'");
    }

    @Test
    void rejectsNaN() {
        assertRejected(() -> Money.parse("amount", "Amount", Double.NaN), "amount");
    }

    @Test
    void rejectsInfinity() {
        assertRejected(() -> Money.parse("amount", "Amount", Double.POSITIVE_INFINITY), "amount");
    }

    @Test
    void rejectsMissingAmount() {
        assertRejected(() -> Money.parse("amount", "Amount", null), "amount").hasMessageContaining("missing");
    }

    @Test
    void rejectsBlankText() {
        assertRejected(() -> Money.parse("amount", "Amount", "  "), "amount");
    }

    @Test
    void acceptsLargestColumnValue() {
        assertThat(Money.parse("amount", "Amount", "9999999999.99")).isEqualTo(Money.MAXIMUM);
    }

    @Test
    void rejectsAmountAboveColumnRange() {
        assertRejected(() -> Money.parse("amount", "Amount", "10000000000.00"), "amount")
                .hasMessageContaining("too large");
    }

    @Test
    void rejectsHugeExponentWithShortMessage() {
        // Written out in full, 1e999999999 has a billion digits.
        assertRejected(() -> Money.parse("amount", "Amount", "1e999999999"), "amount")
                .message()
                .hasSizeLessThan(200);
    }

    @Test
    void rejectsTinyExponentWithShortMessage() {
        assertRejected(() -> Money.parse("amount", "Amount", "1e-999999999"), "amount")
                .message()
                .hasSizeLessThan(200);
    }

    @Test
    void formatsWithPoundSignAndGrouping() {
        assertThat(Money.format(new BigDecimal("12500"))).isEqualTo("£12,500.00");
    }

    @Test
    void formatsPence() {
        assertThat(Money.format(new BigDecimal("0.5"))).isEqualTo("£0.50");
    }

    @Test
    void plainHasTwoDecimalsAndNoGrouping() {
        assertThat(Money.plain(new BigDecimal("12500"))).isEqualTo("12500.00");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(ThrowingCallable call, String field) {
        return assertThatThrownBy(call)
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", field);
    }
}
