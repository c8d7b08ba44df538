package uk.gov.york.inclusion.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Deploys {@link GeneratedForm}s, each as its own deployment named after its resource. Duplicate filtering makes a
 * new form version only when the rendered JSON changed.
 *
 * <p>At start-up it deploys every generated form once the clusters are loaded from the seed file, which happens in an
 * earlier application runner; {@link ProcessDeployer} leaves these forms out of the models' deployment.
 */
@Component
@Order(10)
public class GeneratedFormPublisher implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GeneratedFormPublisher.class);

    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final ObjectProvider<GeneratedForm> forms;

    /** Looks the forms up when it runs, because each form calls this publisher when its data changes. */
    public GeneratedFormPublisher(
            RepositoryService repositoryService, IdentityService identityService, ObjectProvider<GeneratedForm> forms) {
        this.repositoryService = repositoryService;
        this.identityService = identityService;
        this.forms = forms;
    }

    @Override
    public void run(ApplicationArguments args) {
        forms.orderedStream().forEach(this::publish);
    }

    /**
     * Renders and deploys the form. Calls are serialised so that, when two changes commit at once, the form rendered
     * last has read both and is the one deployed last.
     */
    public synchronized void publish(GeneratedForm form) {
        String content = form.render(template(form.resource()));
        // A change such as a plan approval is made by a signed-in user who may not deploy anything. The deployment
        // is the application's own, so it runs without that user's authentication, which is restored afterwards.
        Authentication user = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            deploy(form, content);
        } finally {
            if (user != null) {
                identityService.setAuthentication(user);
            }
        }
    }

    private void deploy(GeneratedForm form, String content) {
        String name = deploymentName(form);
        long before = countDeployments(name);
        Deployment deployment = repositoryService
                .createDeployment()
                .name(name)
                .source("inclusion-clusters application")
                .enableDuplicateFiltering(false)
                .addString(form.resource(), content)
                .deploy();
        if (countDeployments(name) > before) {
            log.info("Deployed generated form {} as deployment {}", form.resource(), deployment.getId());
        }
    }

    static String deploymentName(GeneratedForm form) {
        return "generated:" + form.resource();
    }

    private long countDeployments(String name) {
        return repositoryService.createDeploymentQuery().deploymentName(name).count();
    }

    private static String template(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Form template " + resource + " cannot be read", e);
        }
    }
}
