package uk.gov.york.inclusion.schooldata;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Type of a pupil's primary special educational need, as the Department for Education's school census codes it. A
 * school's figures name the type most common among its pupils with SEN.
 */
public enum PrimaryNeed {
    SPLD("Specific learning difficulty"),
    MLD("Moderate learning difficulty"),
    SLD("Severe learning difficulty"),
    PMLD("Profound and multiple learning difficulty"),
    SEMH("Social, emotional and mental health"),
    SLCN("Speech, language and communication needs"),
    HI("Hearing impairment"),
    VI("Vision impairment"),
    MSI("Multi-sensory impairment"),
    PD("Physical disability"),
    ASD("Autistic spectrum disorder"),
    OTH("Other difficulty or disability"),
    NSA("SEN support but no specialist assessment of type of need");

    private final String label;

    PrimaryNeed(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Finds the need by its census code, in any letter case, such as {@code SEMH} or {@code SpLD}. */
    public static Optional<PrimaryNeed> ofCode(String code) {
        String expected = code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(need -> need.name().equals(expected))
                .findFirst();
    }
}
