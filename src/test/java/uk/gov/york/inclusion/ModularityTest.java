package uk.gov.york.inclusion;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Checks the module boundaries: each business capability is a top-level package, modules use only each other's
 * top-level types, and there are no cycles between them.
 */
class ModularityTest {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(InclusionClustersApplication.class).verify();
    }
}
