package uk.gov.york.inclusion.notification;

import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.cluster.ClusterDirectory;

/** Returns a cluster's name, such as North-East, for a code such as north-east. */
@Component
class ClusterNames {

    private final ClusterDirectory directory;

    ClusterNames(ClusterDirectory directory) {
        this.directory = directory;
    }

    String nameOf(String code) {
        return directory.clusters().stream()
                .filter(cluster -> cluster.getCode().equals(code))
                .map(Cluster::getName)
                .findFirst()
                .orElse(code);
    }
}
