package uk.gov.york.inclusion.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** HTTP Basic headers for the demo users. */
public final class Credentials {

    /** The password of every demo user. */
    public static final String DEMO_PASSWORD = "demo";

    private Credentials() {}

    /** Returns the {@code Authorization} header value for a demo user with the demo password. */
    public static String basic(String userId) {
        return basic(userId, DEMO_PASSWORD);
    }

    public static String basic(String userId, String password) {
        String pair = userId + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
