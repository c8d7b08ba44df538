package uk.gov.york.inclusion.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.york.inclusion.commissioning.CommissioningScenario;
import uk.gov.york.inclusion.support.Credentials;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.Mailbox;
import uk.gov.york.inclusion.support.Mailbox.Received;
import uk.gov.york.inclusion.support.TestData;

@IntegrationTest
class TaskNoticesTest {

    private static final String OFFICER = "officer@inclusion.example";
    private static final String DESCRIPTION = "<script>alert('x')</script> Weekly sessions";

    @Autowired
    TestData testData;

    @Autowired
    CommissioningScenario commissioning;

    @Autowired
    Mailbox mailbox;

    @Autowired
    MockMvc mvc;

    @Autowired
    MailPreferences preferences;

    @Autowired
    FormService formService;

    @Autowired
    RepositoryService repositoryService;

    @BeforeEach
    void reset() {
        testData.reset();
        mailbox.clear();
    }

    @Test
    void reviewTaskMailsGroupWithLink() {
        var form = commissioning.eastRequest("750.00");
        form.put("description", DESCRIPTION);
        ProcessInstance instance = commissioning.submit("lead-east", form);
        Task review = commissioning.task(instance, "Task_ReviewRequest");

        mailbox.deliver();

        List<Received> notices = mailbox.receivedBy(OFFICER);
        assertThat(notices).hasSize(1);
        Received notice = notices.get(0);
        String link = "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + review.getId();
        assertThat(notice.subject()).startsWith("Review commissioning request: COM-EAST-");
        assertThat(notice.html()).contains("href=\"" + link + "\"").contains("£750.00");
        assertThat(notice.text()).contains(link);
        assertThat(notice.html()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Weekly sessions");
        assertThat(notice.html()).doesNotContain("<script>");
        assertThat(notice.text()).contains("What will be delivered: " + DESCRIPTION);
        assertThat(mailbox.receivedBy("director@inclusion.example")).isEmpty();
        assertThat(mailbox.receivedBy("lead-east@inclusion.example")).isEmpty();
    }

    @Test
    void officerWhoTurnedNoticesOffGetsNone() throws Exception {
        mvc.perform(put("/api/me/mail-preferences")
                        .header("Authorization", Credentials.basic("officer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"newTaskNotices\": false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.newTaskNotices").value(false));

        commissioning.submit("lead-east", commissioning.eastRequest("750.00"));
        mailbox.deliver();

        assertThat(mailbox.receivedBy(OFFICER)).isEmpty();
    }

    @Test
    void missingPreferenceIsRejected() throws Exception {
        mvc.perform(put("/api/me/mail-preferences")
                        .header("Authorization", Credentials.basic("officer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void officerTurnsNoticesOffInTasklist() {
        changeSettings("officer", Map.of("newTaskNotices", "off"));

        commissioning.submit("lead-east", commissioning.eastRequest("750.00"));
        mailbox.deliver();

        assertThat(preferences.wantsNewTaskNotices("officer")).isFalse();
        assertThat(mailbox.receivedBy(OFFICER)).isEmpty();
    }

    @Test
    void settingsFormChangesOnlyTheSignedInPerson() {
        assertThatThrownBy(() -> changeSettings("lead-east", Map.of("newTaskNotices", "off", "userId", "officer")))
                .hasMessageContaining("'userId' is not part of the email settings form");
        assertThatThrownBy(() -> changeSettings("lead-east", Map.of("newTaskNotices", "maybe")))
                .hasMessageContaining("choose on or off");

        changeSettings("lead-east", Map.of("newTaskNotices", "off"));

        assertThat(preferences.wantsNewTaskNotices("lead-east")).isFalse();
        assertThat(preferences.wantsNewTaskNotices("officer")).isTrue();
    }

    private void changeSettings(String user, Map<String, Object> form) {
        String definitionId = repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("mail-settings")
                .latestVersion()
                .singleResult()
                .getId();
        testData.signIn(user);
        try {
            formService.submitStartForm(definitionId, form);
        } finally {
            testData.signOut();
        }
    }
}
