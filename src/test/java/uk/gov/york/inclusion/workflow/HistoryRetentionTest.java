package uk.gov.york.inclusion.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.york.inclusion.support.IntegrationTest;

@IntegrationTest
class HistoryRetentionTest {

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    @Test
    void everyDefinitionKeepsSevenYearsByDefault() {
        assertThat(repositoryService.createProcessDefinitionQuery().list())
                .isNotEmpty()
                .extracting(ProcessDefinition::getHistoryTimeToLive)
                .containsOnly(2557);
        assertThat(repositoryService.createDecisionDefinitionQuery().list())
                .isNotEmpty()
                .extracting(DecisionDefinition::getHistoryTimeToLive)
                .containsOnly(2557);
    }

    @Test
    void configuredRetentionReplacesTheModels() {
        try {
            new HistoryRetention(repositoryService, 400).run(null);

            assertThat(repositoryService.createProcessDefinitionQuery().list())
                    .extracting(ProcessDefinition::getHistoryTimeToLive)
                    .containsOnly(400);
            assertThat(repositoryService.createDecisionDefinitionQuery().list())
                    .extracting(DecisionDefinition::getHistoryTimeToLive)
                    .containsOnly(400);
        } finally {
            new HistoryRetention(repositoryService, 2557).run(null);
        }
    }

    @Test
    void retentionBelowOneDayIsRejected() {
        assertThatThrownBy(() -> new HistoryRetention(repositoryService, 0))
                .hasMessageContaining("inclusion.history.retention-days must be at least 1");
    }

    @Test
    void cleanUpRunsAtNight() {
        assertThat(engineConfiguration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(engineConfiguration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    }
}
