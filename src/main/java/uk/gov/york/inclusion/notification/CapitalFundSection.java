package uk.gov.york.inclusion.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.capital.CapitalFundLedger;
import uk.gov.york.inclusion.capital.FundPosition;

/** The city-wide capital fund's position for the current and the next financial year, as at the summary. */
@Component
class CapitalFundSection implements ForumSummarySection {

    private final CapitalFundLedger fund;

    CapitalFundSection(CapitalFundLedger fund) {
        this.fund = fund;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public SummaryTable build(SummaryPeriod period) {
        List<List<String>> rows = new ArrayList<>();
        // A round may be open for the next year's fund, so its position is reported beside the current year's.
        for (FinancialYear year :
                List.of(period.financialYear(), period.financialYear().next())) {
            FundPosition position = fund.position(year);
            rows.add(List.of(
                    year.toString(),
                    MailFormat.money(position.allocation()),
                    MailFormat.money(position.awarded()),
                    MailFormat.money(position.spent()),
                    MailFormat.money(position.available())));
        }
        return new SummaryTable(
                "Capital fund",
                "Awarded is what awards still hold beyond what has been drawn down, so available is the allocation "
                        + "less awarded and spent. A year whose fund is not set shows £0.00.",
                List.of("Year", "Allocation", "Awarded", "Spent", "Available"),
                rows,
                Set.of(1, 2, 3, 4),
                "No capital fund is set.");
    }
}
