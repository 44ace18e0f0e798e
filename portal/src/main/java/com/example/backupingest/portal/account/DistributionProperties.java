package com.example.backupingest.portal.account;

import com.example.backupingest.monitor.api.EdgeCountRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code portal.distribution.*}: the rule that turns viewer seats into distribution servers. */
@ConfigurationProperties("portal.distribution")
public record DistributionProperties(@DefaultValue("1000") int threshold, @DefaultValue("1000") int seatsPerServer,
        @DefaultValue("2") int minimumFromThreshold) {

    public EdgeCountRule rule() {
        return new EdgeCountRule(threshold, seatsPerServer, minimumFromThreshold);
    }
}
