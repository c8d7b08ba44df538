package uk.gov.york.inclusion.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.cluster.School;

/**
 * Checks that the school choices built into the request forms match the seed list of clusters and schools. The
 * forms cannot ask the server for the list, so a school added to the seed file must be added to them too.
 */
class CommissioningFormsTest {

    private static final Pattern CLUSTER_ENTRY = Pattern.compile("\"([a-z-]+)\": \\[(.*?)\\]");
    private static final Pattern SCHOOL_VALUE = Pattern.compile("value: \"([a-z0-9-]+)\"");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "forms/commissioning-request.form",
                "forms/amend-commissioning-request.form",
                "forms/capital-bid.form",
                "forms/revise-capital-bid.form"
            })
    void schoolChoicesMatchTheSeedFile(String form) throws IOException {
        Map<String, List<String>> offered = schoolsOffered(Path.of(form));

        assertThat(offered).isEqualTo(schoolsInSeedFile());
    }

    private static Map<String, List<String>> schoolsOffered(Path form) throws IOException {
        JsonNode components = new ObjectMapper().readTree(form.toFile()).get("components");
        String expression = null;
        for (JsonNode component : components) {
            if ("schools".equals(component.path("key").asText())) {
                expression = component.path("valuesExpression").asText();
            }
        }
        assertThat(expression)
                .as("valuesExpression of the schools field in " + form)
                .isNotBlank();

        Map<String, List<String>> offered = new TreeMap<>();
        Matcher cluster = CLUSTER_ENTRY.matcher(expression);
        while (cluster.find()) {
            List<String> codes = new ArrayList<>();
            Matcher school = SCHOOL_VALUE.matcher(cluster.group(2));
            while (school.find()) {
                codes.add(school.group(1));
            }
            offered.put(cluster.group(1), codes);
        }
        return offered;
    }

    private static Map<String, List<String>> schoolsInSeedFile() throws IOException {
        Map<String, List<String>> seeded = new TreeMap<>();
        Path seed = Path.of("src/main/resources/seed/york-inclusion-clusters.csv");
        try (Reader reader = Files.newBufferedReader(seed, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            for (CSVRecord row : format.parse(reader)) {
                seeded.computeIfAbsent(Cluster.codeFor(row.get("cluster")), code -> new ArrayList<>())
                        .add(School.codeFor(row.get("school")));
            }
        }
        return seeded;
    }
}
