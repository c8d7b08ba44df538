package uk.gov.york.inclusion.cluster;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the six clusters and their 63 schools from {@code seed/york-inclusion-clusters.csv} when the database has no
 * clusters yet. The file is the table in the Schools Forum report of 8 May 2025, kept as printed: it lists "Carr
 * Infants" under Southbank and "Carr Infant" under West, and an administrator moves or corrects such rows through
 * {@link ClusterDirectory#moveSchool}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ClusterSeedLoader implements ApplicationRunner {

    static final String SEED_FILE = "seed/york-inclusion-clusters.csv";
    private static final Logger log = LoggerFactory.getLogger(ClusterSeedLoader.class);

    private final Clusters clusters;
    private final Schools schools;

    public ClusterSeedLoader(Clusters clusters, Schools schools) {
        this.clusters = clusters;
        this.schools = schools;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (clusters.count() > 0) {
            return;
        }
        Map<String, Cluster> byName = new LinkedHashMap<>();
        int schoolCount = 0;
        try (Reader reader =
                new InputStreamReader(new ClassPathResource(SEED_FILE).getInputStream(), StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            for (CSVRecord row : format.parse(reader)) {
                String clusterName = row.get("cluster").trim();
                Cluster cluster = byName.computeIfAbsent(
                        clusterName, name -> clusters.save(new Cluster(Cluster.codeFor(name), name)));
                schools.save(
                        new School(row.get("school").trim(), row.get("phase").trim(), cluster));
                schoolCount++;
            }
        }
        log.info("Loaded {} clusters and {} schools from {}", byName.size(), schoolCount, SEED_FILE);
    }
}
