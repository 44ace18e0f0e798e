package com.example.backupingest.portal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the feature packages honest: no cycles, no reaching into another feature's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

    @Test
    void feature_modules_have_no_cycles_and_use_only_each_others_api() {
        modules.verify();
    }

    @Test
    void writes_the_module_diagram_for_the_docs() {
        new Documenter(modules).writeModulesAsPlantUml();
    }
}
