package com.example.backupingest.portal.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.live.demo.*}, for the demo encoders (demo profile). {@code reconnectAfter}: an
 * encoder whose connection dropped (a failover drill) reconnects after this long, as OBS set to
 * reconnect does; {@code stopAfter}: they stop by themselves after this long, so a forgotten demo
 * does not publish for as long as the portal runs.
 */
@ConfigurationProperties("portal.live.demo")
public record DemoEncoderProperties(@DefaultValue("3s") Duration reconnectAfter,
        @DefaultValue("30m") Duration stopAfter) {
}
