package com.example.backupingest.portal.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.example.backupingest.portal.mail.EmbeddedMailbox;
import com.example.backupingest.portal.mail.ReceivedMail;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** View logic without a browser: a mocked mailbox, a bare UI. */
class MailboxViewTest {

    private final StaticListableBeanFactory beans = new StaticListableBeanFactory();

    @BeforeEach
    void ui() {
        UI.setCurrent(new UI());
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void route_answers_not_found_without_the_embedded_server() {
        var view = new MailboxView(beans.getBeanProvider(EmbeddedMailbox.class));
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);

        view.beforeEnter(event);

        verify(event).rerouteToError(NotFoundException.class);
    }

    @Test
    void newest_mail_is_selected_and_its_html_shown_in_a_sandboxed_iframe() {
        var newest = new ReceivedMail("2.eml", Instant.parse("2026-11-24T09:01:00Z"), List.of("a@b.example"),
                "Newest", "<p>new <script>x()</script></p>", "new text");
        var older = new ReceivedMail("1.eml", Instant.parse("2026-11-24T09:00:00Z"), List.of("a@b.example"),
                "Older", "<p>old</p>", "old text");
        EmbeddedMailbox mailbox = mock(EmbeddedMailbox.class);
        when(mailbox.visibleToCurrentUser()).thenReturn(List.of(newest, older));
        beans.addBean("mailbox", mailbox);
        var view = new MailboxView(beans.getBeanProvider(EmbeddedMailbox.class));
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);

        view.beforeEnter(event);

        verify(event, never()).rerouteToError(NotFoundException.class);
        @SuppressWarnings("unchecked")
        Grid<ReceivedMail> grid = find(view, Grid.class).findFirst().orElseThrow();
        assertThat(grid.getGenericDataView().getItems()).containsExactly(newest, older);
        assertThat(grid.asSingleSelect().getValue()).isEqualTo(newest);
        IFrame frame = find(view, IFrame.class).findFirst().orElseThrow();
        assertThat(frame.getSrcdoc()).contains("<p>new <script>x()</script></p>");
        // no scripts, forms or pop-ups; the same origin only so the page can read the mail's height
        assertThat(frame.getElement().getAttribute("sandbox")).isEqualTo("allow-same-origin");
        assertThat(find(view, Pre.class).findFirst().orElseThrow().getText()).isEqualTo("new text");
    }

    private static <T extends Component> Stream<T> find(Component root, Class<T> type) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(c -> find(c, Component.class)))
                .filter(type::isInstance).map(type::cast);
    }
}
