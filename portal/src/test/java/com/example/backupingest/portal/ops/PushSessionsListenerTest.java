package com.example.backupingest.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

class PushSessionsListenerTest {

    @Test
    void a_ui_counts_from_its_creation_until_it_detaches() {
        PushSessions sessions = new PushSessions();
        PushSessionsListener listener = new PushSessionsListener(sessions);
        UI first = new UI();
        UI second = new UI();

        listener.track(first);
        listener.track(second);
        assertThat(sessions.count()).isEqualTo(2);

        ComponentUtil.fireEvent(first, new DetachEvent(first));
        assertThat(sessions.count()).isEqualTo(1);
    }
}
