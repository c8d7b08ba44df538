package uk.gov.york.inclusion.budget;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a financial year as its written form, {@code 2025-26}, so the tables read as the council writes. */
@Converter(autoApply = true)
public class FinancialYearConverter implements AttributeConverter<FinancialYear, String> {

    @Override
    public String convertToDatabaseColumn(FinancialYear year) {
        return year == null ? null : year.toString();
    }

    @Override
    public FinancialYear convertToEntityAttribute(String written) {
        return written == null ? null : FinancialYear.parse("financial_year", written);
    }
}
