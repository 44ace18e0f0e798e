package com.example.backupingest.portal.live;

import com.example.backupingest.portal.security.CurrentUser;
import java.time.Clock;
import org.springframework.transaction.annotation.Transactional;

/** The opt-in for live alert mails, per account; the current user's account only. */
public class AlertSettings {

    private final AlertSettingsRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    AlertSettings(AlertSettingsRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public boolean enabled() {
        return repository.enabled(currentUser.requireAccountId());
    }

    @Transactional
    public void setEnabled(boolean enabled) {
        repository.set(currentUser.requireAccountId(), enabled, clock.instant());
    }
}
