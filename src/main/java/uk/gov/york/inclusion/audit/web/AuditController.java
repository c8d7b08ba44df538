package uk.gov.york.inclusion.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.york.inclusion.audit.AuditEvent;
import uk.gov.york.inclusion.audit.AuditEvents;
import uk.gov.york.inclusion.workflow.AccessDeniedException;
import uk.gov.york.inclusion.workflow.CurrentUser;
import uk.gov.york.inclusion.workflow.Groups;
import uk.gov.york.inclusion.workflow.InvalidInputException;
import uk.gov.york.inclusion.workflow.SpreadsheetText;

/**
 * The whole life of one request, plan, budget or school for an auditor: every recorded action in order, as JSON or
 * CSV. Administrators, finance and the Assistant Director may read it.
 */
@RestController
class AuditController {

    private static final List<String> AUDITORS =
            List.of(Groups.ADMINISTRATORS, Groups.FINANCE, Groups.ASSISTANT_DIRECTOR);
    private static final String[] COLUMNS = {
        "id", "occurred_at", "actor", "path", "action", "subject", "cluster", "detail", "before", "after"
    };

    private final AuditEvents events;
    private final CurrentUser currentUser;

    AuditController(AuditEvents events, CurrentUser currentUser) {
        this.events = events;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/audit")
    @Transactional(readOnly = true)
    List<EventView> trail(@RequestParam(required = false) String request) {
        return eventsOf(request).stream().map(EventView::of).toList();
    }

    @GetMapping("/api/audit.csv")
    @Transactional(readOnly = true)
    void trailCsv(@RequestParam(required = false) String request, HttpServletResponse response) throws IOException {
        List<AuditEvent> trail = eventsOf(request);
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-" + fileName(request) + ".csv\"");
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get();
        try (CSVPrinter csv = new CSVPrinter(response.getWriter(), format)) {
            for (AuditEvent event : trail) {
                EventView view = EventView.of(event);
                csv.printRecord(
                        view.id(),
                        view.occurredAt(),
                        SpreadsheetText.cell(view.actor()),
                        view.path(),
                        view.action(),
                        SpreadsheetText.cell(view.subject()),
                        view.cluster(),
                        SpreadsheetText.cell(view.detail()),
                        SpreadsheetText.cell(view.before()),
                        SpreadsheetText.cell(view.after()));
            }
        }
    }

    private List<AuditEvent> eventsOf(String request) {
        if (AUDITORS.stream().noneMatch(currentUser::isMemberOf)) {
            throw new AccessDeniedException(
                    "The audit trail is open to administrators, finance and the Assistant" + " Director only.");
        }
        if (request == null || request.isBlank()) {
            throw new InvalidInputException(
                    "request", "Request is missing: give a reference such as COM-EAST-2026-27-007.");
        }
        return events.findBySubjectOrderById(request.trim());
    }

    /** Keeps the reference's letters, digits and hyphens, so the file name cannot break the header. */
    private static String fileName(String request) {
        return request.trim().replaceAll("[^A-Za-z0-9-]", "_");
    }

    record EventView(
            Long id,
            String occurredAt,
            String actor,
            String path,
            String action,
            String subject,
            String cluster,
            String detail,
            String before,
            String after) {

        static EventView of(AuditEvent event) {
            return new EventView(
                    event.getId(),
                    event.getOccurredAt().atOffset(ZoneOffset.UTC).toString(),
                    event.getActor(),
                    event.getPath(),
                    event.getAction(),
                    event.getSubject(),
                    event.getClusterCode(),
                    event.getDetail(),
                    event.getBefore(),
                    event.getAfter());
        }
    }
}
