package com.example.backupingest.monitor.edge;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The edges' HTTP surface, wherever a fleet runs (inside a monitor or on an edge host). */
@Configuration(proxyBeanMethods = false)
public class EdgeEndpoints {

    @Bean
    EdgeController edgeController(EdgeFleet fleet) {
        return new EdgeController(fleet);
    }

    @Bean
    EdgeStatusController edgeStatusController(EdgeFleet fleet) {
        return new EdgeStatusController(fleet);
    }
}
