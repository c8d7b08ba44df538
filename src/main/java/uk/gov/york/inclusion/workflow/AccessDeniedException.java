package uk.gov.york.inclusion.workflow;

/** A signed-in user asked for something their roles do not allow; the API returns 403. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
