package com.example.backupingest.portal.live;

import com.example.backupingest.portal.security.StateChanging;
import com.example.backupingest.portal.security.ReadsOnly;
import com.example.backupingest.portal.security.AuditDetail;
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

    @ReadsOnly
    public boolean enabled() {
        return repository.enabled(currentUser.requireAccountId());
    }

    @Transactional
    @StateChanging("ALERT_MAILS_CHANGED")
    public void setEnabled(@AuditDetail boolean enabled) {
        repository.set(currentUser.requireAccountId(), enabled, clock.instant());
    }
}
