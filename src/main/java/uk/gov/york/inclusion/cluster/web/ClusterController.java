package uk.gov.york.inclusion.cluster.web;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.cluster.ClusterDirectory;
import uk.gov.york.inclusion.cluster.School;
import uk.gov.york.inclusion.cluster.SchoolTransfer;
import uk.gov.york.inclusion.workflow.AccessDeniedException;
import uk.gov.york.inclusion.workflow.CurrentUser;
import uk.gov.york.inclusion.workflow.Groups;

/** The clusters and their schools, which every signed-in user may read, and school moves for administrators. */
@RestController
class ClusterController {

    private final ClusterDirectory directory;
    private final CurrentUser currentUser;

    ClusterController(ClusterDirectory directory, CurrentUser currentUser) {
        this.directory = directory;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/clusters")
    List<ClusterView> clusters() {
        return directory.clusters().stream()
                .map(cluster -> ClusterView.of(cluster, directory.schoolsOf(cluster)))
                .toList();
    }

    /** Moves a school to another cluster; JSON only, so a cross-site form cannot send it. */
    @PostMapping(path = "/api/schools/{code}/transfer", consumes = MediaType.APPLICATION_JSON_VALUE)
    TransferView transfer(@PathVariable String code, @RequestBody TransferRequest body) {
        if (!currentUser.isMemberOf(Groups.ADMINISTRATORS)) {
            throw new AccessDeniedException("Only an administrator can move a school to another cluster.");
        }
        SchoolTransfer transfer = directory.moveSchool(code, body.cluster(), body.reason(), currentUser.id());
        return new TransferView(
                transfer.getSchool().getCode(),
                transfer.getFromCluster().getCode(),
                transfer.getToCluster().getCode(),
                transfer.getReason(),
                transfer.getTransferredBy(),
                transfer.getTransferredAt().toString());
    }

    record TransferRequest(String cluster, String reason) {}

    record TransferView(
            String school,
            String fromCluster,
            String toCluster,
            String reason,
            String transferredBy,
            String transferredAt) {}

    record SchoolView(String code, String name, String phase) {}

    record ClusterView(String code, String name, List<SchoolView> schools) {

        static ClusterView of(Cluster cluster, List<School> schools) {
            return new ClusterView(
                    cluster.getCode(),
                    cluster.getName(),
                    schools.stream()
                            .map(school -> new SchoolView(school.getCode(), school.getName(), school.getPhase()))
                            .toList());
        }
    }
}
