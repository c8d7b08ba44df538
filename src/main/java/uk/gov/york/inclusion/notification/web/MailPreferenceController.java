package uk.gov.york.inclusion.notification.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.york.inclusion.notification.MailPreferences;
import uk.gov.york.inclusion.workflow.CurrentUser;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/** The signed-in person's own email settings; nobody can change another person's. */
@RestController
class MailPreferenceController {

    /** The settings as the API reads and writes them. */
    record MailPreferenceView(Boolean newTaskNotices) {}

    private final MailPreferences preferences;
    private final CurrentUser currentUser;

    MailPreferenceController(MailPreferences preferences, CurrentUser currentUser) {
        this.preferences = preferences;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/me/mail-preferences")
    MailPreferenceView read() {
        return new MailPreferenceView(preferences.wantsNewTaskNotices(currentUser.id()));
    }

    @PutMapping("/api/me/mail-preferences")
    MailPreferenceView change(@RequestBody(required = false) MailPreferenceView change) {
        if (change == null || change.newTaskNotices() == null) {
            throw new InvalidInputException(
                    "newTaskNotices", "newTaskNotices is missing: send {\"newTaskNotices\": false} or true.");
        }
        preferences.chooseNewTaskNotices(currentUser.id(), change.newTaskNotices());
        return read();
    }
}
