package uk.gov.york.inclusion.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
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
        List<String> names = resourcesOf(repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("outreach-commissioning")
                .singleResult()
                .getDeploymentId());

        assertThat(names)
                .contains(
                        "processes/outreach-commissioning.bpmn",
                        "processes/commissioning-approval.dmn",
                        "forms/review-commissioning-request.form")
                .doesNotContain("forms/commissioning-request.form");
    }

    @Test
    void generatedStartFormIsDeployedOnItsOwn() {
        Deployment generated = repositoryService
                .createDeploymentQuery()
                .deploymentName("generated:forms/commissioning-request.form")
                .orderByDeploymentTime()
                .desc()
                .list()
                .get(0);

        assertThat(resourcesOf(generated.getId())).containsExactly("forms/commissioning-request.form");
    }

    @Test
    void startFormIsTheLatestGeneratedForm() throws IOException {
        String definitionId = repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("outreach-commissioning")
                .singleResult()
                .getId();

        try (InputStream form = formService.getDeployedStartForm(definitionId)) {
            JsonNode json = new ObjectMapper().readTree(form);
            assertThat(json.path("id").asText()).isEqualTo("commissioning-request");
            assertThat(json.findValuesAsText("valuesExpression"))
                    .anySatisfy(expression -> assertThat(expression).startsWith("=get value({\"east\": ["));
        }
    }

    private List<String> resourcesOf(String deploymentId) {
        return repositoryService.getDeploymentResources(deploymentId).stream()
                .map(Resource::getName)
                .toList();
    }
}
