package uk.gov.york.inclusion.notification;

import java.util.ArrayList;
import java.util.List;

/**
 * The content of one message, before it is rendered as HTML and plain text: a heading, paragraphs, labelled facts, an
 * optional link and optional tables. Every value is plain text; the HTML template escapes it.
 */
public final class MailContent {

    /** A labelled value, such as "Amount: £12,500.00". */
    public record Fact(String label, String value) {}

    /** A link and the text shown for it. */
    public record Link(String text, String url) {}

    private final String subject;
    private final String heading;
    private final List<String> paragraphs = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();
    private final List<SummaryTable> tables = new ArrayList<>();
    private Link link;
    private String footnote;

    private MailContent(String subject, String heading) {
        this.subject = subject;
        this.heading = heading;
    }

    public static MailContent of(String subject, String heading) {
        return new MailContent(subject, heading);
    }

    public MailContent paragraph(String text) {
        paragraphs.add(text);
        return this;
    }

    /** Adds a labelled value; a missing value is left out rather than shown empty. */
    public MailContent fact(String label, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Fact(label, value));
        }
        return this;
    }

    public MailContent link(String text, String url) {
        this.link = new Link(text, url);
        return this;
    }

    /** Sets a closing line in small print, such as why the reader gets this email. */
    public MailContent footnote(String text) {
        this.footnote = text;
        return this;
    }

    public MailContent table(SummaryTable table) {
        tables.add(table);
        return this;
    }

    public String getSubject() {
        return subject;
    }

    public String getHeading() {
        return heading;
    }

    public List<String> getParagraphs() {
        return List.copyOf(paragraphs);
    }

    public List<Fact> getFacts() {
        return List.copyOf(facts);
    }

    public List<SummaryTable> getTables() {
        return List.copyOf(tables);
    }

    public Link getLink() {
        return link;
    }

    public String getFootnote() {
        return footnote;
    }
}
