package com.example.backupingest.portal.slots;

import com.example.backupingest.portal.account.DistributionProperties;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistributionServersTest {

    private final DistributionProperties properties = new DistributionProperties(1000, 1000, 2);

    @ParameterizedTest(name = "{0} viewer seats -> {1} distribution servers")
    @CsvSource({"1, 1", "500, 1", "999, 1", "1000, 2", "2000, 2", "2001, 3", "2500, 3", "4001, 5"})
    void several_distribution_servers_from_1000_viewer_seats(int seats, int servers) {
        assertThat(properties.rule().edgesFor(seats)).isEqualTo(servers);
    }
}
