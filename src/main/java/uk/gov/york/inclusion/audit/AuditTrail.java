package uk.gov.york.inclusion.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records business actions in the audit trail, in the transaction of the action itself, so an action that rolls
 * back leaves no record and a recorded action always happened.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class AuditTrail {

    static final int MAXIMUM_TEXT_LENGTH = 4000;

    private final AuditEvents events;
    private final IdentityService identityService;

    AuditTrail(AuditEvents events, IdentityService identityService) {
        this.events = events;
        this.identityService = identityService;
    }

    /** Records an action that changed nothing a later reader needs to compare, such as a decision with its comment. */
    public void record(String action, String subject, String clusterCode, String detail) {
        recordChange(action, subject, clusterCode, detail, null, null);
    }

    /** Records an action together with the value before and after it, such as an amended amount. */
    public void recordChange(
            String action, String subject, String clusterCode, String detail, String before, String after) {
        events.save(
                new AuditEvent(actor(), path(), action, subject, clusterCode, clip(detail), clip(before), clip(after)));
    }

    private String actor() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? "system" : authentication.getUserId();
    }

    /** Names the way in from the HTTP request being served; without one the engine's job executor is acting. */
    private static String path() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return "engine";
        }
        HttpServletRequest request = servlet.getRequest();
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        if (uri.startsWith("/engine-rest/")) {
            return "engine-rest";
        }
        if (uri.startsWith("/camunda/api/")) {
            return "tasklist";
        }
        return uri.startsWith("/api/") ? "api" : "web";
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAXIMUM_TEXT_LENGTH ? text : text.substring(0, MAXIMUM_TEXT_LENGTH);
    }
}
