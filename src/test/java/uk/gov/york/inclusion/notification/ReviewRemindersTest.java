package uk.gov.york.inclusion.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.york.inclusion.commissioning.CommissioningScenario;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.Mailbox;
import uk.gov.york.inclusion.support.TestData;

@IntegrationTest
class ReviewRemindersTest {

    @Autowired
    TestData testData;

    @Autowired
    CommissioningScenario commissioning;

    @Autowired
    Mailbox mailbox;

    @Autowired
    ReviewReminders reminders;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void reset() {
        testData.reset();
        mailbox.clear();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void reviewOpenFiveWorkingDaysRemindsTheGroup() {
        submitWorkingDaysAgo(6);
        mailbox.deliver();
        mailbox.clear();

        transaction.execute(status -> reminders.remindOfOverdueReviews());
        transaction.execute(status -> reminders.remindOfOverdueReviews());
        mailbox.deliver();

        assertThat(mailbox.receivedBy("officer@inclusion.example")).hasSize(1);
        assertThat(mailbox.receivedBy("officer@inclusion.example").get(0).subject())
                .startsWith("Reminder: Review commissioning request: COM-EAST-");
        assertThat(mailbox.receivedBy("director@inclusion.example")).isEmpty();
    }

    @Test
    void reviewOpenTenWorkingDaysTellsTheDirector() {
        submitWorkingDaysAgo(11);
        mailbox.deliver();
        mailbox.clear();

        transaction.execute(status -> reminders.remindOfOverdueReviews());
        mailbox.deliver();

        assertThat(mailbox.receivedBy("officer@inclusion.example")).hasSize(1);
        assertThat(mailbox.receivedBy("director@inclusion.example")).hasSize(1);
        assertThat(mailbox.receivedBy("director@inclusion.example").get(0).subject())
                .startsWith("Overdue review: Review commissioning request");
    }

    @Test
    void recentReviewGetsNoReminder() {
        submitWorkingDaysAgo(2);
        mailbox.deliver();
        mailbox.clear();

        transaction.execute(status -> reminders.remindOfOverdueReviews());
        mailbox.deliver();

        assertThat(mailbox.received()).isEmpty();
    }

    /** Submits a request whose review task the engine dates {@code days} working days before today. */
    private void submitWorkingDaysAgo(int days) {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London"));
        int counted = 0;
        while (counted < days) {
            day = day.minusDays(1);
            if (workingDays.isWorkingDay(day)) {
                counted++;
            }
        }
        ClockUtil.setCurrentTime(
                Date.from(day.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant()));
        commissioning.submit("lead-east", commissioning.eastRequest("400.00"));
        ClockUtil.reset();
    }
}
