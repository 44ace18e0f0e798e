package com.example.backupingest.portal.ops;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says at start where the demo (published logins and stream keys) can be reached: on this machine
 * only (the default), or, when told otherwise, loudly that other machines reach it too.
 */
@Component
@Profile("demo")
class DemoExposureNotice {

    private static final Logger log = LoggerFactory.getLogger(DemoExposureNotice.class);

    private final Environment environment;

    DemoExposureNotice(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        String address = environment.getProperty("portal.demo.listen-address", "");
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        if (loopback(address)) {
            log.info("Demo profile: published demo logins and stream keys, so it listens on {} only (portal, "
                    + "distribution servers, RTMP entrypoints): open http://localhost:{}. Other machines cannot "
                    + "reach it; --portal.demo.listen-address=0.0.0.0 would open it to them.", address, port);
        } else {
            log.warn("Demo profile listening on {}: its published logins and stream keys are reachable from other "
                    + "machines. Never run the demo on a public network; a deployment uses no demo profile "
                    + "(README: Public deployment).", address.isEmpty() ? "every interface" : address);
        }
    }

    static boolean loopback(String address) {
        if (address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
