package uk.gov.york.inclusion.notification;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's choice to get, or not, an email when a review task is offered to their group. */
@Service
public class MailPreferences {

    private static final Logger log = LoggerFactory.getLogger(MailPreferences.class);

    private final MailPreferenceRows rows;
    private final Clock clock;

    public MailPreferences(MailPreferenceRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean wantsNewTaskNotices(String userId) {
        return rows.findById(userId).map(MailPreference::isNewTaskNotices).orElse(true);
    }

    @Transactional
    public void chooseNewTaskNotices(String userId, boolean wanted) {
        MailPreference preference = rows.findById(userId).orElseGet(() -> new MailPreference(userId));
        preference.chooseNewTaskNotices(wanted, clock.instant());
        rows.save(preference);
        log.info("User {} turned new-task notices {}", userId, wanted ? "on" : "off");
    }
}
