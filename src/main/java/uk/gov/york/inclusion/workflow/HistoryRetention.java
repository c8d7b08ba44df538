package uk.gov.york.inclusion.workflow;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sets Camunda's history time to live of every deployed process and decision to {@code inclusion.history.retention-days}
 * (seven years by default, for finance records), so the council sets the retention in configuration, not in each model.
 * Camunda stamps a removal time on history when an instance ends, so a changed retention applies to instances that end
 * afterwards. History clean-up then deletes what has passed its removal time.
 */
@Component
@Order(5)
public class HistoryRetention implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);

    private final RepositoryService repositoryService;
    private final int retentionDays;

    public HistoryRetention(
            RepositoryService repositoryService, @Value("${inclusion.history.retention-days}") int retentionDays) {
        if (retentionDays < 1) {
            throw new IllegalStateException(
                    "inclusion.history.retention-days must be at least 1, not " + retentionDays + ".");
        }
        this.repositoryService = repositoryService;
        this.retentionDays = retentionDays;
    }

    @Override
    public void run(ApplicationArguments args) {
        int changed = 0;
        for (ProcessDefinition definition :
                repositoryService.createProcessDefinitionQuery().list()) {
            if (!Integer.valueOf(retentionDays).equals(definition.getHistoryTimeToLive())) {
                repositoryService.updateProcessDefinitionHistoryTimeToLive(definition.getId(), retentionDays);
                changed++;
            }
        }
        for (DecisionDefinition definition :
                repositoryService.createDecisionDefinitionQuery().list()) {
            if (!Integer.valueOf(retentionDays).equals(definition.getHistoryTimeToLive())) {
                repositoryService.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), retentionDays);
                changed++;
            }
        }
        if (changed > 0) {
            log.info("History time to live set to {} days on {} process and decision versions", retentionDays, changed);
        }
    }
}
