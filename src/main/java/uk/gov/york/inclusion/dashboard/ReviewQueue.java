package uk.gov.york.inclusion.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.commissioning.CommissioningRequest;
import uk.gov.york.inclusion.commissioning.CommissioningRequests;
import uk.gov.york.inclusion.commissioning.CommissioningStatus;

/** Commissioning requests waiting for a reviewer, in every year, counted per cluster with the oldest submission. */
@Service
@Transactional(readOnly = true)
public class ReviewQueue {

    /** A cluster's waiting requests; {@code oldestReference} and {@code oldestSubmittedOn} are null when none wait. */
    public record Waiting(Cluster cluster, int count, String oldestReference, LocalDate oldestSubmittedOn) {}

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final CommissioningRequests requests;

    ReviewQueue(CommissioningRequests requests) {
        this.requests = requests;
    }

    /** Returns one entry per cluster, in the order given, counting requests in review. */
    public List<Waiting> waiting(List<Cluster> clusters) {
        Map<Long, List<CommissioningRequest>> byCluster = new LinkedHashMap<>();
        clusters.forEach(cluster -> byCluster.put(cluster.getId(), new ArrayList<>()));
        for (CommissioningRequest request : requests.findByStatusOrderBySubmittedAt(CommissioningStatus.IN_REVIEW)) {
            List<CommissioningRequest> list = byCluster.get(request.getCluster().getId());
            if (list != null) {
                list.add(request);
            }
        }
        return clusters.stream()
                .map(cluster -> {
                    List<CommissioningRequest> waiting = byCluster.get(cluster.getId());
                    CommissioningRequest oldest = waiting.isEmpty() ? null : waiting.get(0);
                    return new Waiting(
                            cluster,
                            waiting.size(),
                            oldest == null ? null : oldest.getReference(),
                            oldest == null
                                    ? null
                                    : oldest.getSubmittedAt().atZone(UK).toLocalDate());
                })
                .toList();
    }
}
