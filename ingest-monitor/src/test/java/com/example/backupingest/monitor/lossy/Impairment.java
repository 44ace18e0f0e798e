package com.example.backupingest.monitor.lossy;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What the line does to packets: {@code loss} (0..1) dropped at random in each direction (iptables'
 * statistic match), the uplink capped at {@code uplinkKbit} (tc tbf; null: uncapped), and
 * {@code roundTrip} added to every round trip (a delay relay on the uplink; zero: none).
 */
public record Impairment(double loss, @Nullable Integer uplinkKbit, Duration roundTrip) {

    public static Impairment loss(double loss, Duration roundTrip) {
        return new Impairment(loss, null, roundTrip);
    }

    public static Impairment cap(int uplinkKbit) {
        return new Impairment(0, uplinkKbit, Duration.ZERO);
    }

    @Override
    public String toString() {
        return String.format("%.0f %% loss%s%s", loss * 100, uplinkKbit == null ? "" : ", uplink " + uplinkKbit + " kbit/s",
                roundTrip.isZero() ? "" : ", +" + roundTrip.toMillis() + " ms round trip");
    }
}
