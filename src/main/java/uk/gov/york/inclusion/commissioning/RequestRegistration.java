package uk.gov.york.inclusion.commissioning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.audit.AuditTrail;
import uk.gov.york.inclusion.budget.BudgetLedger;
import uk.gov.york.inclusion.budget.BudgetPosition;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.budget.Money;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.cluster.ClusterDirectory;
import uk.gov.york.inclusion.cluster.School;
import uk.gov.york.inclusion.priorities.PriorityChoices;
import uk.gov.york.inclusion.priorities.PriorityLink;
import uk.gov.york.inclusion.workflow.CurrentUser;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * Registers, amends and withdraws commissioning requests for the cluster lead. Runs inside the process step, so a
 * refused request leaves nothing behind: neither the entity nor the process instance.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class RequestRegistration {

    private static final Logger log = LoggerFactory.getLogger(RequestRegistration.class);

    private final CommissioningRequests requests;
    private final ClusterDirectory directory;
    private final BudgetLedger ledger;
    private final PriorityChoices priorities;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    public RequestRegistration(
            CommissioningRequests requests,
            ClusterDirectory directory,
            BudgetLedger ledger,
            PriorityChoices priorities,
            CurrentUser currentUser,
            Clock clock,
            AuditTrail audit) {
        this.requests = requests;
        this.directory = directory;
        this.ledger = ledger;
        this.priorities = priorities;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = audit;
    }

    CommissioningRequest submit(RequestForm form, String processInstanceId) {
        Cluster cluster = directory.require("clusterCode", form.clusterCode());
        requireLead(cluster);
        List<School> schools = directory.requireSchoolsOf(cluster, form.schoolCodes(), "schools");
        FinancialYear year = checkAgainstBudget(cluster, form);
        PriorityLink priority = priorities.resolve(cluster, year, form.priority(), form.noPriorityReason());

        ledger.lock(cluster, year);
        String reference = nextReference(cluster, year);
        CommissioningRequest request = requests.save(new CommissioningRequest(
                reference, cluster, form.details(priority), schools, currentUser.id(), processInstanceId));

        log.info(
                "Commissioning request {} submitted by {} for {}",
                reference,
                currentUser.id(),
                Money.format(form.amount()));
        audit.recordChange("request submitted", reference, cluster.getCode(), null, null, summary(request));
        return request;
    }

    void amend(CommissioningRequest request, RequestForm form) {
        requireLead(request.getCluster());
        if (!request.getCluster().getCode().equals(form.clusterCode())) {
            throw new InvalidInputException(
                    "clusterCode",
                    "The cluster of " + request.getReference()
                            + " cannot change; withdraw it and submit a new request instead.");
        }
        List<School> schools = directory.requireSchoolsOf(request.getCluster(), form.schoolCodes(), "schools");
        FinancialYear year = checkAgainstBudget(request.getCluster(), form);
        if (!year.equals(request.getFinancialYear())) {
            throw new InvalidInputException(
                    "startDate",
                    request.getReference() + " is a request for "
                            + request.getFinancialYear()
                            + ": keep its dates in that year, or withdraw it and submit a new"
                            + " request for " + year + ".");
        }

        PriorityLink priority =
                priorities.resolve(request.getCluster(), year, form.priority(), form.noPriorityReason());
        String before = summary(request);
        request.amend(form.details(priority), schools, currentUser.id());
        log.info("Commissioning request {} amended by {}", request.getReference(), currentUser.id());
        audit.recordChange(
                "request amended",
                request.getReference(),
                request.getCluster().getCode(),
                null,
                before,
                summary(request));
    }

    void withdraw(CommissioningRequest request) {
        requireLead(request.getCluster());
        request.changeStatus(CommissioningStatus.WITHDRAWN);
        log.info("Commissioning request {} withdrawn by {}", request.getReference(), currentUser.id());
        audit.record(
                "request withdrawn",
                request.getReference(),
                request.getCluster().getCode(),
                null);
    }

    /** Describes what the lead wrote, for the audit trail's before and after values. */
    private static String summary(CommissioningRequest request) {
        CommissioningDetails details = request.getDetails();
        String priority = details.getPriorityPosition() == null
                ? "no priority yet: " + details.getNoPriorityReason()
                : "priority " + details.getPriorityPosition() + " of " + details.getPriorityPlanReference();
        return details.getCategory().label() + "; " + details.getProvider() + "; " + details.getDescription() + "; "
                + request.getSchools().stream().map(School::getCode).sorted().collect(Collectors.joining(", ")) + "; "
                + details.getStartDate() + " to " + details.getEndDate() + "; " + Money.format(details.getAmount())
                + "; " + priority;
    }

    private void requireLead(Cluster cluster) {
        if (!currentUser.isMemberOf(cluster.leadGroupId())) {
            throw new InvalidInputException(
                    "clusterCode",
                    "Only a lead of the " + cluster.getName() + " cluster can submit or change its requests.");
        }
    }

    /** Checks the dates fall in one open financial year and the amount fits in that year's whole allocation. */
    private FinancialYear checkAgainstBudget(Cluster cluster, RequestForm form) {
        FinancialYear year = FinancialYear.containing(form.startDate());
        if (!year.contains(form.endDate())) {
            throw new InvalidInputException(
                    "endDate",
                    "Start and end dates must fall in one financial year (" + year + " ends on " + year.lastDay()
                            + "): make one request for each year.");
        }
        if (year.lastDay().isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("startDate", "Financial year " + year + " has ended.");
        }
        BudgetPosition position = ledger.position(cluster, year);
        if (form.amount().compareTo(position.allocation()) > 0) {
            throw new InvalidInputException(
                    "amount",
                    "Amount " + Money.format(form.amount()) + " is more than the "
                            + cluster.getName() + " cluster's whole allocation of "
                            + Money.format(position.allocation())
                            + " for " + year + ".");
        }
        return year;
    }

    /** Numbers requests per cluster and year, such as COM-EAST-2025-26-007; the caller holds the budget lock. */
    private String nextReference(Cluster cluster, FinancialYear year) {
        String prefix = "COM-" + cluster.getCode().toUpperCase(Locale.ROOT) + "-" + year + "-";
        long next = requests.countByClusterAndReferenceStartingWith(cluster, prefix) + 1;
        return prefix + String.format("%03d", next);
    }
}
