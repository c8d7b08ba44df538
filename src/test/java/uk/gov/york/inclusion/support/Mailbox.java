package uk.gov.york.inclusion.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Runs the pending send jobs as the job executor would, and reads what reached the test mail server: recipients,
 * subject, both parts and the raw message.
 */
@Component
public class Mailbox {

    /** One received message, read into strings. */
    public record Received(List<String> to, String subject, String text, String html, String raw) {}

    private final GreenMail greenMail;
    private final ManagementService managementService;

    public Mailbox(GreenMail greenMail, ManagementService managementService) {
        this.greenMail = greenMail;
        this.managementService = managementService;
    }

    public void clear() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException("Could not empty the test mail server", e);
        }
    }

    public GreenMail server() {
        return greenMail;
    }

    /** Returns the jobs of the send-mail process that are still to run. */
    public List<Job> sendJobs() {
        return managementService
                .createJobQuery()
                .processDefinitionKey("send-mail")
                .withRetriesLeft()
                .list();
    }

    /** Executes every pending send job once; returns how many ran. */
    public int deliver() {
        List<Job> jobs = sendJobs();
        for (Job job : jobs) {
            managementService.executeJob(job.getId());
        }
        return jobs.size();
    }

    public List<Received> received() {
        List<Received> messages = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            messages.add(read(message));
        }
        return messages;
    }

    /** Returns the messages received for this address. */
    public List<Received> receivedBy(String address) {
        return received().stream().filter(m -> m.to().contains(address)).toList();
    }

    private static Received read(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            List<String> addresses = to == null
                    ? List.of()
                    : Arrays.stream(to).map(Address::toString).toList();
            List<String> parts = new ArrayList<>(List.of("", ""));
            collect(message, parts);
            return new Received(
                    addresses,
                    message.getSubject(),
                    parts.get(0),
                    parts.get(1),
                    GreenMailUtil.getWholeMessage(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Could not read a received message", e);
        }
    }

    /** Finds the text/plain and text/html parts, however deeply the multiparts nest. */
    private static void collect(Part part, List<String> parts) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            parts.set(0, (String) part.getContent());
        } else if (part.isMimeType("text/html")) {
            parts.set(1, (String) part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int index = 0; index < multipart.getCount(); index++) {
                BodyPart body = multipart.getBodyPart(index);
                collect(body, parts);
            }
        }
    }
}
