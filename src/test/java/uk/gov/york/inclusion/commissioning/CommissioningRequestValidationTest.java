package uk.gov.york.inclusion.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/** Bad input on the start form: each case is refused with a message naming the field, and nothing is saved. */
@IntegrationTest
class CommissioningRequestValidationTest {

    @Autowired
    CommissioningScenario scenario;

    @Autowired
    TestData testData;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    CommissioningRequests requests;

    @BeforeEach
    void resetData() {
        testData.reset();
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("missing provider", "provider", "Provider is missing", form -> form.remove("provider")),
                bad("blank description", "description", "is missing", form -> form.put("description", "   ")),
                bad("zero amount", "amount", "more than £0.00", form -> form.put("amount", 0)),
                bad("negative amount", "amount", "more than £0.00", form -> form.put("amount", -50.0)),
                bad("over-precise amount", "amount", "more than two decimal places", form -> form.put("amount", 1.005)),
                bad("amount as words", "amount", "not an amount of money", form -> form.put("amount", "lots")),
                bad(
                        "amount above the allocation",
                        "amount",
                        "whole allocation of £100,000.00",
                        form -> form.put("amount", 100000.01)),
                bad(
                        "description over 4,000 characters",
                        "description",
                        "the limit is 4000",
                        form -> form.put("description", "x".repeat(4001))),
                bad(
                        "provider over 200 characters",
                        "provider",
                        "the limit is 200",
                        form -> form.put("provider", "p".repeat(201))),
                bad(
                        "end before start",
                        "endDate",
                        "is before the start date",
                        form -> form.put(
                                "endDate",
                                LocalDate.parse((String) form.get("startDate"))
                                        .minusDays(1)
                                        .toString())),
                bad("unknown cluster", "clusterCode", "is not known", form -> form.put("clusterCode", "harrogate")),
                bad("unknown category", "category", "is not known", form -> form.put("category", "swimming")),
                bad(
                        "school of another cluster",
                        "schools",
                        "is in the West cluster, not East",
                        form -> form.put(
                                "schools",
                                SpinValues.jsonValue("[\"woodthorpe\"]").create())),
                bad(
                        "unknown school",
                        "schools",
                        "is not known",
                        form -> form.put(
                                "schools",
                                SpinValues.jsonValue("[\"hogwarts\"]").create())),
                bad(
                        "no schools",
                        "schools",
                        "missing",
                        form -> form.put("schools", SpinValues.jsonValue("[]").create())),
                bad(
                        "lead of another cluster",
                        "clusterCode",
                        "Only a lead of the West cluster",
                        form -> form.put("clusterCode", "west")),
                bad("not a date", "startDate", "is not a date", form -> form.put("startDate", "next week")),
                bad("missing priority", "priority", "Priority is missing", form -> form.remove("priority")),
                bad(
                        "no priority without a reason",
                        "noPriorityReason",
                        "Reason is missing",
                        form -> form.put("noPriorityReason", " ")),
                bad(
                        "priority without an approved plan",
                        "priority",
                        "has no approved priority plan",
                        form -> form.put("priority", yearOf(form) + "/1")),
                bad("priority as free text", "priority", "is not valid", form -> form.put("priority", "attendance")),
                bad(
                        "over-long reason",
                        "noPriorityReason",
                        "the limit is 4000",
                        form -> form.put("noPriorityReason", "x".repeat(4001))));
    }

    private static FinancialYear yearOf(Map<String, Object> form) {
        return FinancialYear.containing(LocalDate.parse(form.get("startDate").toString()));
    }

    private static Arguments bad(String name, String field, String message, Consumer<Map<String, Object>> change) {
        return Arguments.of(name, field, message, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void refusesBadStartFormAndSavesNothing(
            String name, String field, String message, Consumer<Map<String, Object>> change) {
        Map<String, Object> form = scenario.eastRequest(2500);
        change.accept(form);

        InvalidInputException error =
                catchThrowableOfType(InvalidInputException.class, () -> scenario.submit("lead-east", form));

        assertThat(error).as(name).isNotNull();
        assertThat(error.getField()).isEqualTo(field);
        assertThat(error.getMessage()).contains(message);
        assertThat(requests.search(null, null, null)).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void refusesDatesThatSpanTwoFinancialYears() {
        Map<String, Object> form = scenario.eastRequest(2500);
        form.put("endDate", testData.openYear().lastDay().plusDays(1).toString());

        InvalidInputException error =
                catchThrowableOfType(InvalidInputException.class, () -> scenario.submit("lead-east", form));

        assertThat(error.getField()).isEqualTo("endDate");
        assertThat(error.getMessage()).contains("one financial year");
    }

    @Test
    void refusesAYearThatHasEnded() {
        Map<String, Object> form = scenario.eastRequest(2500);
        form.put("startDate", testData.openYear().firstDay().minusYears(3).toString());
        form.put(
                "endDate",
                testData.openYear().firstDay().minusYears(3).plusDays(5).toString());

        InvalidInputException error =
                catchThrowableOfType(InvalidInputException.class, () -> scenario.submit("lead-east", form));

        assertThat(error.getField()).isEqualTo("startDate");
        assertThat(error.getMessage()).contains("has ended");
    }
}
