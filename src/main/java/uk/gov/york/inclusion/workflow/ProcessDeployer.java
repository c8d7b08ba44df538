package uk.gov.york.inclusion.workflow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every process model, decision table and form as one deployment with names relative to the classpath.
 *
 * <p>The starter's own auto-deployment is switched off because it skips {@code .form} files and names resources by
 * absolute path when they come from {@code target/classes}, so the same model would get a new version depending on
 * how the application was started. Duplicate filtering keeps the version unchanged while no resource changes.
 * Before anything is deployed, {@link FormReferenceCheck} makes start-up fail if a model names a form that is not
 * part of the deployment.
 */
@Component
public class ProcessDeployer implements InitializingBean {

    static final String DEPLOYMENT_NAME = "inclusion-clusters";
    private static final String[] PATTERNS = {"processes/*.bpmn", "processes/*.dmn", "forms/*.form"};
    private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);

    private final RepositoryService repositoryService;
    private final List<GeneratedForm> generatedForms;

    public ProcessDeployer(RepositoryService repositoryService, List<GeneratedForm> generatedForms) {
        this.repositoryService = repositoryService;
        this.generatedForms = generatedForms;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        Map<String, byte[]> resources = readResources();
        Set<String> generated =
                generatedForms.stream().map(GeneratedForm::resource).collect(Collectors.toSet());
        FormReferenceCheck.verify(resources, generated);
        resources.keySet().removeAll(generated);
        long deploymentsBefore = countDeployments();

        DeploymentBuilder builder = repositoryService
                .createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("inclusion-clusters application")
                // With deployChangedOnly false, a change to any resource redeploys all of them. The models bind forms
                // by deployment, so a form deployed on its own would never reach the process that refers to it.
                .enableDuplicateFiltering(false);
        resources.forEach((name, content) -> builder.addInputStream(name, new ByteArrayInputStream(content)));
        Deployment deployment = builder.deploy();

        if (countDeployments() > deploymentsBefore) {
            log.info("Deployed {} process resources as deployment {}", resources.size(), deployment.getId());
        } else {
            log.info("Process resources unchanged; deployment {} stays current", deployment.getId());
        }
    }

    private long countDeployments() {
        return repositoryService
                .createDeploymentQuery()
                .deploymentName(DEPLOYMENT_NAME)
                .count();
    }

    private Map<String, byte[]> readResources() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Map<String, byte[]> resources = new LinkedHashMap<>();
        for (String pattern : PATTERNS) {
            String folder = pattern.substring(0, pattern.indexOf('/') + 1);
            for (Resource resource : resolver.getResources("classpath*:" + pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    resources.put(folder + resource.getFilename(), in.readAllBytes());
                }
            }
        }
        return resources;
    }
}
