package uk.gov.york.inclusion.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.audit.AuditTrail;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/** Finds clusters and schools by their codes, and moves a school between clusters. */
@Service
@Transactional(readOnly = true)
public class ClusterDirectory {

    private static final Logger log = LoggerFactory.getLogger(ClusterDirectory.class);

    private final Clusters clusters;
    private final Schools schools;
    private final SchoolTransfers transfers;
    private final AuditTrail audit;

    public ClusterDirectory(Clusters clusters, Schools schools, SchoolTransfers transfers, AuditTrail audit) {
        this.clusters = clusters;
        this.schools = schools;
        this.transfers = transfers;
        this.audit = audit;
    }

    public List<Cluster> clusters() {
        return clusters.findAllByOrderByName();
    }

    /** Returns the cluster with this code, or raises naming the field and the valid codes. */
    public Cluster require(String field, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException(field, "Cluster is missing: choose one of " + codes() + ".");
        }
        return clusters.findByCode(code.trim())
                .orElseThrow(() -> new InvalidInputException(
                        field, "Cluster '" + code + "' is not known: choose one of " + codes() + "."));
    }

    public List<School> schoolsOf(Cluster cluster) {
        return schools.findByClusterOrderByName(cluster);
    }

    /** Returns every school of every cluster, by name. */
    public List<School> allSchools() {
        return schools.findAllByOrderByName();
    }

    /** Records a school's unique reference number, learnt from a school data import that gave its name and URN. */
    @Transactional
    public void recordUrn(School school, String urn) {
        School managed = schools.findByCode(school.getCode()).orElseThrow();
        managed.recordUrn(urn);
        log.info("School {} recorded with URN {}", managed.getCode(), urn);
    }

    /**
     * Returns the schools with these codes, in the order given, after checking that each exists and belongs to the
     * cluster now.
     */
    public List<School> requireSchoolsOf(Cluster cluster, Collection<String> codes, String field) {
        if (codes.isEmpty()) {
            throw new InvalidInputException(field, "Schools are missing: choose at least one school of the cluster.");
        }
        Map<String, School> found =
                schools.findByCodeIn(codes).stream().collect(Collectors.toMap(School::getCode, Function.identity()));
        List<School> result = new ArrayList<>();
        for (String code : new LinkedHashSet<>(codes)) {
            School school = found.get(code);
            if (school == null) {
                throw new InvalidInputException(field, "School '" + code + "' is not known.");
            }
            if (!school.getCluster().getId().equals(cluster.getId())) {
                throw new InvalidInputException(
                        field,
                        school.getName() + " is in the " + school.getCluster().getName() + " cluster, not "
                                + cluster.getName() + ".");
            }
            result.add(school);
        }
        return result;
    }

    /** Moves a school to another cluster and records the move, so requests made before it keep their cluster. */
    @Transactional
    public SchoolTransfer moveSchool(String schoolCode, String toClusterCode, String reason, String movedBy) {
        School school = schools.findByCode(schoolCode)
                .orElseThrow(() -> new InvalidInputException("school", "School '" + schoolCode + "' is not known."));
        Cluster target = require("cluster", toClusterCode);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException("reason", "Reason is missing or longer than 500 characters.");
        }
        if (school.getCluster().getId().equals(target.getId())) {
            throw new InvalidInputException(
                    "cluster", school.getName() + " is already in the " + target.getName() + " cluster.");
        }

        SchoolTransfer transfer = new SchoolTransfer(school, school.getCluster(), target, reason.trim(), movedBy);
        school.moveTo(target);
        transfers.save(transfer);

        log.info(
                "School {} moved from {} to {} by {}",
                school.getCode(),
                transfer.getFromCluster().getCode(),
                target.getCode(),
                movedBy);
        audit.recordChange(
                "school moved",
                school.getCode(),
                target.getCode(),
                transfer.getReason(),
                transfer.getFromCluster().getCode(),
                target.getCode());
        return transfer;
    }

    public List<SchoolTransfer> transfersOf(School school) {
        return transfers.findBySchoolOrderByTransferredAt(school);
    }

    private String codes() {
        return clusters().stream().map(Cluster::getCode).collect(Collectors.joining(", "));
    }
}
