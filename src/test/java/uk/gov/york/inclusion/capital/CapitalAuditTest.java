package uk.gov.york.inclusion.capital;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.york.inclusion.audit.AuditEvent;
import uk.gov.york.inclusion.audit.AuditEvents;
import uk.gov.york.inclusion.priorities.PrioritiesScenario;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/** The audit trail of a capital bid's and a priority plan's whole life, each action in order with its actor. */
@IntegrationTest
class CapitalAuditTest {

    @Autowired
    private CapitalScenario scenario;

    @Autowired
    private PrioritiesScenario plans;

    @Autowired
    private AuditEvents events;

    @Autowired
    private TestData testData;

    @BeforeEach
    void resetData() {
        testData.reset();
    }

    @Test
    void bidLifeIsRecordedInOrder() {
        scenario.openRound("300000.00");
        String instance = scenario.submitToPanel("east", "tang-hall", "40000.00");
        String reference = scenario.bidOf(instance).getReference();
        scenario.scoreByWholePanel(instance, CapitalScenario.score("4", "4", "4", "4", "4", "fund"));
        scenario.decide(instance, CapitalScenario.decision("award", "Strong evidence of need."));

        List<AuditEvent> trail = events.findBySubjectOrderById(reference);

        assertThat(trail)
                .extracting(AuditEvent::getAction)
                .containsExactly(
                        "bid submitted",
                        "bid accepted for scoring",
                        "bid scored",
                        "bid scored",
                        "bid scored",
                        "bid decided: Award in full",
                        "capital awarded");
        assertThat(trail)
                .filteredOn(event -> event.getAction().equals("bid scored"))
                .extracting(AuditEvent::getActor)
                .containsExactlyInAnyOrder("panel-1", "panel-2", "panel-3");
        assertThat(trail.get(5).getActor()).isEqualTo("director");
        assertThat(trail.get(5).getDetail()).contains("£40,000.00", "Strong evidence of need.");
    }

    @Test
    void planLifeIsRecordedInOrder() {
        String reference = plans.approveEastPlan(2).getBusinessKey();

        List<AuditEvent> trail = events.findBySubjectOrderById(reference);

        assertThat(trail)
                .extracting(AuditEvent::getAction)
                .containsExactly(
                        "plan drafted",
                        "plan agreed",
                        "plan agreed",
                        "plan agreement closed",
                        "plan review approved",
                        "plan approved");
        assertThat(trail.get(0).getActor()).isEqualTo("lead-east");
        assertThat(trail.get(4).getActor()).isEqualTo("officer");
    }
}
