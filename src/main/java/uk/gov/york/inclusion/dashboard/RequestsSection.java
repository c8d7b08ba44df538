package uk.gov.york.inclusion.dashboard;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.budget.Money;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.commissioning.CommissioningRequest;
import uk.gov.york.inclusion.commissioning.CommissioningRequests;

/** The cluster's commissioning requests for the year with their status, the newest first. */
@Component
@Order(10)
public class RequestsSection implements ClusterPageSection {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** One request as the table shows it. */
    public record RequestRow(String reference, String provider, String status, String amount, String submitted) {}

    private final CommissioningRequests requests;

    RequestsSection(CommissioningRequests requests) {
        this.requests = requests;
    }

    @Override
    public String template() {
        return "dashboard/sections/requests";
    }

    @Override
    @Transactional(readOnly = true)
    public List<RequestRow> model(Cluster cluster, FinancialYear year) {
        return requests.search(cluster.getCode(), null, year).stream()
                .map(RequestsSection::row)
                .toList();
    }

    private static RequestRow row(CommissioningRequest request) {
        String status = request.getStatus().name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return new RequestRow(
                request.getReference(),
                request.getDetails().getProvider(),
                Character.toUpperCase(status.charAt(0)) + status.substring(1),
                Money.format(request.getAmount()),
                request.getSubmittedAt().atZone(UK).toLocalDate().format(DAY));
    }
}
