package uk.gov.york.inclusion.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.york.inclusion.capital.CapitalScenario.GOOD_SCORE;
import static uk.gov.york.inclusion.capital.CapitalScenario.decision;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.york.inclusion.capital.CapitalBid;
import uk.gov.york.inclusion.capital.CapitalBidDecided;
import uk.gov.york.inclusion.capital.CapitalScenario;
import uk.gov.york.inclusion.capital.DecisionOutcome;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.Mailbox;
import uk.gov.york.inclusion.support.Mailbox.Received;
import uk.gov.york.inclusion.support.TestData;

@IntegrationTest
class CapitalDecisionNoticesTest {

    private static final String LEAD = "lead-east@inclusion.example";
    private static final String MARKUP = "<b>Too vague</b> <a href=\"http://evil.example/\">see this</a> & £5";
    private static final String ESCAPED_MARKUP =
            "&lt;b&gt;Too vague&lt;/b&gt; &lt;a href=&quot;http://evil.example/&quot;&gt;see this&lt;/a&gt; &amp; £5";

    @Autowired
    TestData testData;

    @Autowired
    CapitalScenario capital;

    @Autowired
    Mailbox mailbox;

    @Autowired
    MailMessages messages;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void reset() {
        testData.reset();
        mailbox.clear();
    }

    @Test
    void awardInFullTellsTheLead() {
        capital.openRound("100000.00");
        String bid = scoredBid("12500.00");

        capital.decide(bid, decision("award", "Strong need and a realistic plan."));
        mailbox.deliver();

        Received notice = capitalNotice();
        assertThat(notice.subject()).startsWith("Capital bid CAP-EAST-").endsWith(" awarded £12,500.00");
        assertThat(notice.html()).contains("Capital bid: awarded in full").contains("£12,500.00");
        assertThat(notice.html()).doesNotContain("Â");
        assertThat(notice.text()).contains("Decision: Award in full");
        assertThat(notice.text()).contains("Amount bid for: £12,500.00");
        assertThat(notice.text()).contains("Amount awarded: £12,500.00");
        assertThat(notice.text()).contains("Reasons: Strong need and a realistic plan.");
        assertThat(notice.text()).contains("Decided by: director");
        assertThat(notice.text()).doesNotContain("Â");
        assertThat(notice.raw()).containsPattern("Subject: =\\?UTF-8\\?[QB]\\?");
        assertThat(notice.raw())
                .containsPattern("text/plain; ?charset=UTF-8")
                .containsPattern("text/html; ?charset=UTF-8");
    }

    @Test
    void awardWithConditionsEscapesThem() {
        capital.openRound("100000.00");
        String bid = scoredBid("12500.00");
        Map<String, Object> form = decision("award-with-conditions", MARKUP);
        form.put("conditions", "Match funding confirmed by <i>1 May</i> & £5,000");

        capital.decide(bid, form);
        mailbox.deliver();

        Received notice = capitalNotice();
        assertThat(notice.subject()).endsWith(" awarded £12,500.00");
        assertThat(notice.html()).contains("Capital bid: awarded with conditions");
        assertThat(notice.html()).contains("Match funding confirmed by &lt;i&gt;1 May&lt;/i&gt; &amp; £5,000");
        assertThat(notice.html()).contains(ESCAPED_MARKUP);
        assertThat(notice.html()).doesNotContain("<i>1 May").doesNotContain("<a href=\"http://evil.example/\"");
        assertThat(notice.text()).contains("Conditions: Match funding confirmed by <i>1 May</i> & £5,000");
        assertThat(notice.text()).contains("Reasons: " + MARKUP);
    }

    @Test
    void reducedAwardGivesBothAmounts() {
        capital.openRound("100000.00");
        String bid = scoredBid("12500.00");
        Map<String, Object> form = decision("award-reduced", "The fund covers the building work only.");
        form.put("reducedAmount", "9000.50");

        capital.decide(bid, form);
        mailbox.deliver();

        Received notice = capitalNotice();
        assertThat(notice.subject()).endsWith(" awarded £9,000.50");
        assertThat(notice.text()).contains("Decision: Award a reduced amount");
        assertThat(notice.text()).contains("Amount bid for: £12,500.00");
        assertThat(notice.text()).contains("Amount awarded: £9,000.50");
        assertThat(notice.text()).contains("Reasons: The fund covers the building work only.");
    }

    @Test
    void deferralAwardsNothing() {
        capital.openRound("100000.00");
        String bid = scoredBid("12500.00");

        capital.decide(bid, decision("defer", "Stronger bids in this round."));
        mailbox.deliver();

        Received notice = capitalNotice();
        assertThat(notice.subject()).endsWith(" deferred to the next round");
        assertThat(notice.text()).contains("joins the next bidding round");
        assertThat(notice.text()).contains("Reasons: Stronger bids in this round.");
        assertThat(notice.text()).doesNotContain("Amount awarded");
    }

    @Test
    void rejectionGivesTheReasons() {
        capital.openRound("100000.00");
        String bid = scoredBid("12500.00");

        capital.decide(bid, decision("reject", "Revenue spending, not capital."));
        mailbox.deliver();

        Received notice = capitalNotice();
        assertThat(notice.subject()).endsWith(" rejected");
        assertThat(notice.text()).contains("Decision: Reject");
        assertThat(notice.text()).contains("Reasons: Revenue spending, not capital.");
        assertThat(notice.text()).contains("No money is awarded.");
    }

    @Test
    void returnEscapesTheComment() {
        capital.openRound("100000.00");
        String bid = capital.submit("east", "tang-hall", "12500.00");

        capital.complete("officer", bid, "Task_CheckBid", Map.of("checkDecision", "return", "checkComment", MARKUP));
        mailbox.deliver();

        Received notice = capitalNotice();
        assertThat(notice.subject()).endsWith(" returned for more information");
        assertThat(notice.html()).contains(ESCAPED_MARKUP);
        assertThat(notice.html()).doesNotContain("<b>Too vague").doesNotContain("<a href=\"http://evil.example/\"");
        assertThat(notice.text()).contains("Comment: " + MARKUP);
        assertThat(notice.text()).contains("Returned by: officer");
        assertThat(notice.text()).contains("Amount bid for: £12,500.00");
    }

    @Test
    void repeatedDecisionMailsOnce() {
        capital.openRound("100000.00");
        String bid = scoredBid("12500.00");
        capital.decide(bid, decision("award", "Strong need."));
        List<MailMessage> recorded = capitalMessages();
        assertThat(recorded).hasSize(1);
        String key = recorded.get(0).getMessageKey();
        Long decisionId = Long.valueOf(key.substring(key.indexOf(':') + 1));
        CapitalBid awarded = capital.bidOf(bid);

        transaction.executeWithoutResult(status -> events.publishEvent(new CapitalBidDecided(
                awarded.getId(),
                awarded.getReference(),
                "east",
                "Nurture base for Key Stage 2",
                DecisionOutcome.AWARD_IN_FULL,
                new BigDecimal("12500.00"),
                new BigDecimal("12500.00"),
                null,
                "Strong need.",
                "lead-east",
                "director",
                decisionId)));
        mailbox.deliver();
        mailbox.deliver();

        assertThat(capitalMessages()).hasSize(1);
        assertThat(mailbox.receivedBy(LEAD).stream()
                        .filter(m -> m.subject().startsWith("Capital bid"))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void awardTheFundCannotCoverMailsNothing() {
        capital.openRound("20000.00");
        List<String> bids = capital.submitAllToPanel(List.of(
                CapitalScenario.bidForm("east", "tang-hall", "12500.00"),
                CapitalScenario.bidForm("east", "osbaldwick", "12500.00")));
        bids.forEach(bid -> capital.scoreByWholePanel(bid, GOOD_SCORE));
        capital.decide(bids.get(0), decision("award", "Strong need."));

        assertThatThrownBy(() -> capital.decide(bids.get(1), decision("award", "Strong need too.")))
                .hasMessageContaining("capital fund has £7,500.00 available");
        mailbox.deliver();

        assertThat(capitalMessages()).hasSize(1);
        assertThat(capitalNotice().subject())
                .contains(capital.bidOf(bids.get(0)).getReference() + " awarded");
    }

    private String scoredBid(String amount) {
        String bid = capital.submitToPanel("east", "tang-hall", amount);
        capital.scoreByWholePanel(bid, GOOD_SCORE);
        return bid;
    }

    private Received capitalNotice() {
        List<Received> notices = mailbox.receivedBy(LEAD).stream()
                .filter(m -> m.subject().startsWith("Capital bid"))
                .toList();
        assertThat(notices).hasSize(1);
        return notices.get(0);
    }

    private List<MailMessage> capitalMessages() {
        return messages.findByKindOrderById(DecisionNotices.KIND).stream()
                .filter(m -> m.getMessageKey().startsWith("capital-"))
                .toList();
    }
}
