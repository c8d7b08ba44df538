package uk.gov.york.inclusion.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's choice about optional email; without a row, they get every notice. */
@Entity
@Table(name = "mail_preference")
public class MailPreference {

    @Id
    @Column(name = "user_id")
    private String userId;

    @Column(name = "new_task_notices", nullable = false)
    private boolean newTaskNotices;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected MailPreference() {}

    MailPreference(String userId) {
        this.userId = userId;
        this.newTaskNotices = true;
    }

    void chooseNewTaskNotices(boolean wanted, Instant when) {
        this.newTaskNotices = wanted;
        this.changedAt = when;
    }

    public String getUserId() {
        return userId;
    }

    public boolean isNewTaskNotices() {
        return newTaskNotices;
    }
}
