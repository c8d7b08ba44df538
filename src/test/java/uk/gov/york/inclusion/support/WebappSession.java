package uk.gov.york.inclusion.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A browser-like session with a Camunda webapp: a first request gets the session and Camunda's CSRF token cookie,
 * and the login sends the token back in its header, as the login page does.
 */
public final class WebappSession {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client =
            HttpClient.newBuilder().cookieHandler(cookies).build();

    private WebappSession(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Opens the webapp's page and signs in; returns the session whatever the login's status, which it keeps. */
    public static WebappSession signIn(int port, String user, String app) throws IOException, InterruptedException {
        WebappSession session = new WebappSession(port);
        session.client.send(
                HttpRequest.newBuilder(URI.create(session.base + "/camunda/app/" + app + "/default/"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        session.loginStatus = session.send(HttpRequest.newBuilder(
                                URI.create(session.base + "/camunda/api/admin/auth/user/default/login/" + app))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-XSRF-TOKEN", session.csrfToken())
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + user + "&password=" + Credentials.DEMO_PASSWORD)))
                .statusCode();
        // The login starts a new HTTP session. The webapp's next request gives that session a token of its own,
        // as the browser's first request after the login does.
        HttpResponse<String> next = session.send(
                "/camunda/api/admin/auth/user/default", HttpRequest.newBuilder().GET());
        session.sessionToken = next.headers().firstValue("X-XSRF-TOKEN").orElse(null);
        return session;
    }

    private int loginStatus;

    public int loginStatus() {
        return loginStatus;
    }

    private String sessionToken;

    /**
     * Returns the session's CSRF token. After the login that is the one the webapp sent in its response header,
     * because the cookie store may still hold the token of the session that the login replaced.
     */
    public String csrfToken() {
        if (sessionToken != null) {
            return sessionToken;
        }
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie from the webapp"));
    }

    /** Sends a request on this session; the builder needs only the path and the method. */
    public HttpResponse<String> send(String path, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return send(request.uri(URI.create(base + path)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
