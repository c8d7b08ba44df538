package uk.gov.york.inclusion.dashboard.web;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import uk.gov.york.inclusion.workflow.AccessDeniedException;

/**
 * A per-session token that a page's form sends back, so another site cannot make a signed-in browser post the form.
 * The product runs no Spring Security, and Camunda's own CSRF filter covers only its webapps.
 */
final class SessionCsrfToken {

    static final String PARAMETER = "csrfToken";
    private static final String ATTRIBUTE = SessionCsrfToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionCsrfToken() {}

    /** Returns the session's token, creating it on first use. */
    static String of(HttpSession session) {
        Object token = session.getAttribute(ATTRIBUTE);
        if (token instanceof String text) {
            return text;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String created = HexFormat.of().formatHex(bytes);
        session.setAttribute(ATTRIBUTE, created);
        return created;
    }

    /** Raises unless the submitted token equals the session's, compared in constant time. */
    static void check(HttpSession session, String submitted) {
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (!(expected instanceof String token)
                || submitted == null
                || !MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8))) {
            throw new AccessDeniedException(
                    "The form has expired or did not come from this site: open the page again and resubmit.");
        }
    }
}
