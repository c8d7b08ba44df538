package uk.gov.york.inclusion.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs the caller in to the engine for a request to the product's API or pages, from HTTP Basic credentials checked
 * against Camunda's users, or from a Tasklist login in the same browser session. Without either the request reaches no
 * controller: the API responds with 401, and a page redirects to the Tasklist login.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    private static final String ENGINE = "default";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String CSRF_TOKEN_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
    private static final String CSRF_TOKEN_HEADER = "X-XSRF-TOKEN";
    private static final String CSRF_REJECTED_BODY =
            "{\"message\":\"The X-XSRF-TOKEN header is missing or wrong: send the token of your Tasklist session.\"}";
    private static final String UNAUTHORIZED_BODY =
            "{\"message\":\"Sign in with your Tasklist user name and password.\"}";

    private final IdentityService identityService;
    private final String loginPage;

    /** Creates the filter for the API, which responds with 401 without a login. */
    ApiAuthenticationFilter(IdentityService identityService) {
        this(identityService, null);
    }

    /** Creates the filter for pages, which redirect to {@code loginPage} without a login. */
    ApiAuthenticationFilter(IdentityService identityService, String loginPage) {
        this.identityService = identityService;
        this.loginPage = loginPage;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String userId = fromBasicCredentials(request);
        if (userId == null) {
            userId = fromTasklistSession(request.getSession(false));
            // Pages check the token their forms send as a field, because an HTML form cannot send a header.
            if (userId != null && loginPage == null && changesState(request) && !hasSessionCsrfToken(request)) {
                reject(response, HttpServletResponse.SC_FORBIDDEN, CSRF_REJECTED_BODY);
                return;
            }
        }
        if (userId == null && loginPage != null) {
            response.sendRedirect(request.getContextPath() + loginPage);
            return;
        }
        if (userId == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"inclusion-clusters\", charset=\"UTF-8\"");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(UNAUTHORIZED_BODY);
            return;
        }

        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
        identityService.setAuthentication(userId, groups);
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static boolean changesState(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod());
    }

    /**
     * Checks the {@code X-XSRF-TOKEN} header against the token Camunda's CSRF filter keeps in the session, the same
     * check the webapps make. A request with Basic credentials carries no cookie a cross-site page could borrow, so
     * only session sign-ins need it.
     */
    private static boolean hasSessionCsrfToken(HttpServletRequest request) {
        Object expected = request.getSession(false).getAttribute(CSRF_TOKEN_SESSION_ATTRIBUTE);
        String sent = request.getHeader(CSRF_TOKEN_HEADER);
        return expected != null
                && sent != null
                && MessageDigest.isEqual(
                        expected.toString().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    private static void reject(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }

    private String fromBasicCredentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String userId = decoded.substring(0, colon);
        return identityService.checkPassword(userId, decoded.substring(colon + 1)) ? userId : null;
    }

    private static String fromTasklistSession(HttpSession session) {
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null || !authentications.hasAuthenticationForProcessEngine(ENGINE)) {
            return null;
        }
        if (authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user) {
            return user.getIdentityId();
        }
        return null;
    }
}
