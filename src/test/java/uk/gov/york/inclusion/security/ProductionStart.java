package uk.gov.york.inclusion.security;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.gov.york.inclusion.InclusionClustersApplication;

/**
 * Starts the whole application under the production profile, on loopback, with its own in-memory H2 database, so a
 * test can check what happens at start-up. Arguments take precedence over the environment, so a CI database in
 * {@code SPRING_DATASOURCE_URL} is never touched.
 */
final class ProductionStart {

    private ProductionStart() {}

    /** Returns a new in-memory database URL that lives as long as the JVM, for starting twice on one database. */
    static String newDatabase() {
        return "jdbc:h2:mem:production-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    static ConfigurableApplicationContext start(String databaseUrl, String... settings) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--camunda.bpm.job-execution.enabled=false",
                // Camunda keeps engines in a JVM-wide registry by name. Closing an engine named "default" here
                // would unregister the one the other tests' REST API serves.
                "--camunda.bpm.process-engine-name=productionStart"));
        for (String setting : settings) {
            arguments.add("--" + setting);
        }
        return new SpringApplicationBuilder(InclusionClustersApplication.class)
                .profiles("production")
                .run(arguments.toArray(String[]::new));
    }
}
