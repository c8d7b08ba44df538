package uk.gov.york.inclusion;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class InclusionClustersApplication {

    public static void main(String[] args) {
        SpringApplication.run(InclusionClustersApplication.class, args);
    }

    /** Provides UK time, which decides today and so the current financial year; tests may replace it. */
    @Bean
    Clock clock() {
        return Clock.system(java.time.ZoneId.of("Europe/London"));
    }
}
