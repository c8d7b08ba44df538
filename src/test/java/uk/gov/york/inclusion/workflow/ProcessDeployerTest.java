package uk.gov.york.inclusion.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.york.inclusion.support.IntegrationTest;

@IntegrationTest
class ProcessDeployerTest {

    @Autowired
    ProcessDeployer deployer;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    FormService formService;

    @Test
    void redeployingUnchangedResourcesKeepsTheVersion() throws IOException {
        long before = repositoryService.createDeploymentQuery().count();

        deployer.afterPropertiesSet();

        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
        assertThat(repositoryService
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("outreach-commissioning")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void resourcesHaveNamesRelativeToTheClasspath() {
        String deploymentId = repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("outreach-commissioning")
                .singleResult()
                .getDeploymentId();

        List<String> names = repositoryService.getDeploymentResources(deploymentId).stream()
                .map(Resource::getName)
                .toList();

        assertThat(names)
                .contains(
                        "processes/outreach-commissioning.bpmn",
                        "processes/commissioning-approval.dmn",
                        "forms/commissioning-request.form",
                        "forms/review-commissioning-request.form");
    }

    @Test
    void startFormIsDeployedWithTheProcess() throws IOException {
        String definitionId = repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("outreach-commissioning")
                .singleResult()
                .getId();

        try (InputStream form = formService.getDeployedStartForm(definitionId)) {
            String json = new String(form.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"id\": \"commissioning-request\"");
        }
    }
}
