package uk.gov.york.inclusion.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** The audit trail's store: it offers no update or delete. */
public interface AuditEvents extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findBySubjectOrderById(String subject);
}
