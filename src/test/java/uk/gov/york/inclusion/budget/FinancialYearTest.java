package uk.gov.york.inclusion.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.york.inclusion.workflow.InvalidInputException;

class FinancialYearTest {

    @Test
    void thirtyFirstMarchBelongsToYearBefore() {
        assertThat(FinancialYear.containing(LocalDate.of(2026, 3, 31))).isEqualTo(new FinancialYear(2025));
    }

    @Test
    void firstAprilStartsNewYear() {
        assertThat(FinancialYear.containing(LocalDate.of(2026, 4, 1))).isEqualTo(new FinancialYear(2026));
    }

    @Test
    void firstJanuaryBelongsToYearStartedBefore() {
        assertThat(FinancialYear.containing(LocalDate.of(2026, 1, 1))).isEqualTo(new FinancialYear(2025));
    }

    @Test
    void firstDayIsFirstApril() {
        assertThat(new FinancialYear(2025).firstDay()).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void lastDayIsThirtyFirstMarch() {
        assertThat(new FinancialYear(2025).lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void containsItsLastDay() {
        assertThat(new FinancialYear(2025).contains(LocalDate.of(2026, 3, 31))).isTrue();
    }

    @Test
    void doesNotContainNextFirstApril() {
        assertThat(new FinancialYear(2025).contains(LocalDate.of(2026, 4, 1))).isFalse();
    }

    @Test
    void doesNotContainDayBeforeFirstDay() {
        assertThat(new FinancialYear(2025).contains(LocalDate.of(2025, 3, 31))).isFalse();
    }

    @Test
    void parsesWrittenForm() {
        assertThat(FinancialYear.parse("year", "2025-26")).isEqualTo(new FinancialYear(2025));
    }

    @Test
    void parsesAcrossCentury() {
        assertThat(FinancialYear.parse("year", "2099-00")).isEqualTo(new FinancialYear(2099));
    }

    @Test
    void parseIgnoresSurroundingSpaces() {
        assertThat(FinancialYear.parse("year", " 2025-26 ")).isEqualTo(new FinancialYear(2025));
    }

    @Test
    void rejectsYearsThatDoNotFollow() {
        assertThatThrownBy(() -> FinancialYear.parse("year", "2025-27"))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "year")
                .hasMessageContaining("2025-27");
    }

    @Test
    void rejectsTwoDigitStartYear() {
        assertThatThrownBy(() -> FinancialYear.parse("financialYear", "25-26"))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "financialYear");
    }

    @Test
    void rejectsMissingYear() {
        assertThatThrownBy(() -> FinancialYear.parse("year", null))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "year");
    }

    @Test
    void rejectsStartBeforeTwoThousand() {
        assertThatThrownBy(() -> FinancialYear.parse("year", "1999-00"))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "year");
    }

    @Test
    void writesStartYearAndTwoDigitEndYear() {
        assertThat(new FinancialYear(2025)).hasToString("2025-26");
    }

    @Test
    void writesEndYearWithLeadingZero() {
        assertThat(new FinancialYear(2099)).hasToString("2099-00");
    }

    @Test
    void nextStartsOneYearLater() {
        assertThat(new FinancialYear(2025).next()).isEqualTo(new FinancialYear(2026));
    }

    @Test
    void ordersByStartYear() {
        assertThat(new FinancialYear(2025)).isLessThan(new FinancialYear(2026));
    }
}
