package uk.gov.york.inclusion.capital;

import java.util.HashSet;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.york.inclusion.security.InstanceAccess;

/**
 * The service tasks of the {@code capital-bid} process. Each reads the bid, calls one business service and writes
 * what the next step needs.
 */
@Configuration(proxyBeanMethods = false)
class CapitalSteps {

    /** "Register capital bid": the start form becomes a bid with a reference in the open round. */
    @Bean
    JavaDelegate registerCapitalBid(BidSubmission submission, BidVariables variables, InstanceAccess instanceAccess) {
        return execution -> {
            BidForm.rejectUnknownFields(new HashSet<>(execution.getVariableNames()));
            CapitalBid bid = submission.submit(BidForm.read(execution), execution.getProcessInstanceId());
            execution.setProcessBusinessKey(bid.getReference());
            instanceAccess.grantRead(bid.getCluster().leadGroupId(), execution.getProcessInstanceId());
            variables.write(execution, bid);
        };
    }

    /** "Send bid to the panel": runs when the round's timer fires. */
    @Bean
    JavaDelegate openCapitalScoring(PanelScoring scoring, BidVariables variables) {
        return execution -> {
            CapitalBid bid = variables.bidOf(execution, execution.getProcessInstanceId());
            scoring.open(bid);
            variables.write(execution, bid);
        };
    }

    /** "Combine panel scores": the mean score, the combined recommendation and the round's ranking. */
    @Bean
    JavaDelegate closeCapitalScoring(PanelScoring scoring, BidVariables variables) {
        return execution -> {
            CapitalBid bid = variables.bidOf(execution, execution.getProcessInstanceId());
            scoring.close(bid);
            variables.write(execution, bid);
            variables.writeScores(execution, bid);
        };
    }

    /** "Record award": the decided amount goes against the fund, or the decision fails if the fund is short. */
    @Bean
    JavaDelegate recordCapitalAward(CapitalDecision decision, BidVariables variables) {
        return execution -> {
            CapitalBid bid = variables.bidOf(execution, execution.getProcessInstanceId());
            decision.award(bid);
            variables.writeAward(execution, bid);
        };
    }

    /** "Join next round": a deferred bid moves into the round just opened. */
    @Bean
    JavaDelegate joinNextCapitalRound(BiddingRounds rounds, BidVariables variables) {
        return execution -> {
            CapitalBid bid = variables.bidOf(execution, execution.getProcessInstanceId());
            rounds.moveToOpenRound(bid);
            variables.write(execution, bid);
        };
    }

    /** "Close award": releases what the award still holds. */
    @Bean
    JavaDelegate closeCapitalAward(AwardDrawdowns drawdowns, BidVariables variables) {
        return execution -> {
            CapitalBid bid = variables.bidOf(execution, execution.getProcessInstanceId());
            drawdowns.close(bid);
            variables.writeAward(execution, bid);
        };
    }
}
