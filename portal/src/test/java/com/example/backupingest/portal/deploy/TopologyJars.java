package com.example.backupingest.portal.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** The executable jars of the package phase, handed over by the failsafe configuration in portal/pom.xml. */
final class TopologyJars {

    private TopologyJars() {
    }

    static Path portal() {
        return jar("topology.portal-jar", "target/portal.jar");
    }

    static Path monitor() {
        return jar("topology.monitor-jar", "../ingest-monitor/target/ingest-monitor-0.1.0-SNAPSHOT-exec.jar");
    }

    private static Path jar(String property, String fallback) {
        Path jar = Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " missing: run the package phase first (./mvnw verify)");
        }
        return jar;
    }
}
