package uk.gov.york.inclusion.notification;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MailMessages extends JpaRepository<MailMessage, Long> {

    Optional<MailMessage> findByMessageKey(String messageKey);

    boolean existsByMessageKey(String messageKey);

    List<MailMessage> findByKindOrderById(String kind);

    /** Reads the message and locks its row, so two send jobs for one message run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from MailMessage m where m.id = :id")
    Optional<MailMessage> lockById(@Param("id") Long id);
}
