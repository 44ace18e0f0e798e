package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.EntrypointHealth;
import java.util.List;
import java.util.Optional;

/** Neither an in-process pipeline nor remote monitors are configured. */
final class NoHealthSource implements HealthSource {

    static final String PROBLEM = "No media pipeline: set monitor.enabled=true (in-process) or "
            + "portal.live.remote-monitors=http://host:port (remote monitors)";

    @Override
    public Optional<EntrypointHealth> health(String contentId, Entrypoint entrypoint) {
        return Optional.empty();
    }

    @Override
    public List<EntrypointHealth> all() {
        return List.of();
    }

    @Override
    public List<String> problems() {
        return List.of(PROBLEM);
    }

    @Override
    public boolean drill(String contentId, Entrypoint entrypoint) {
        return false;
    }
}
