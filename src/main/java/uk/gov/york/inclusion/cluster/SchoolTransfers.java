package uk.gov.york.inclusion.cluster;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface SchoolTransfers extends Repository<SchoolTransfer, Long> {

    List<SchoolTransfer> findBySchoolOrderByTransferredAt(School school);

    SchoolTransfer save(SchoolTransfer transfer);
}
