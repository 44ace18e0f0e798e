package com.example.backupingest.portal.viewers.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import com.example.backupingest.portal.base.ViewTestSupport;
import com.example.backupingest.portal.security.WithPortalUser;
import com.example.backupingest.portal.streamsetup.ContentSetup;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import com.example.backupingest.portal.viewers.EmbedSettings;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

class EmbedViewTest extends ViewTestSupport {

    static final String CONTENT = "embedview01";
    static final String SNIPPET = "<iframe src=\"http://localhost:8080/player/" + CONTENT + "\" width=\"640\" height=\"360\""
            + " allow=\"autoplay; fullscreen\" allowfullscreen style=\"border:0\" title=\"Main &amp; stage\"></iframe>";

    @Autowired StreamSetupService setup;
    @Autowired EmbedSettings settings;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void content() {
        when(setup.contents()).thenReturn(List.of(new ContentSetup(CONTENT, "Main & stage", List.of())));
        // The domain rows reference a real content row; the views' test database has no account data.
        if (jdbc.sql("select count(*) from content where content_id = ?").param(CONTENT).query(Integer.class).single() == 0) {
            // the signed-in test user's account (WithPortalUser: 7): support's audit rows reference it
            jdbc.sql("insert into account (id, number, company_name, contact_email, base_plan, viewer_seats,"
                    + " livestream_slots, locale) values (7, 'EMBED-1', 'Embed AG', 'embed@test.example', 'Business', 10,"
                    + " 2, 'en')").update();
            long account = jdbc.sql("select id from account where number = 'EMBED-1'").query(Long.class).single();
            jdbc.sql("insert into content (account_id, content_id, name, position) values (?, ?, 'Main & stage', 0)")
                    .params(account, CONTENT).update();
        }
        jdbc.sql("delete from embed_domain where content_id = ?").param(CONTENT).update();
        jdbc.sql("delete from embed_domain_change where content_id = ?").param(CONTENT).update();
    }

    private TextArea domainsField() {
        return find(TextArea.class).withClassName("embed-domains").single();
    }

    private void save(String domains) {
        test(domainsField()).setValue(domains);
        test(find(Button.class).withText("Save allowed domains").single()).click();
    }

    private List<String> storedDomains() {
        return jdbc.sql("select domain from embed_domain where content_id = ? order by position").param(CONTENT)
                .query(String.class).list();
    }

    @Test
    @WithPortalUser
    void shows_the_player_link_and_the_iframe_snippet_with_copy_buttons_and_the_snippet_itself_as_preview() {
        navigate(EmbedView.class);

        assertThat(find(TextField.class).withClassName("embed-link").single().getValue())
                .isEqualTo("http://localhost:8080/player/" + CONTENT);
        assertThat(find(TextArea.class).withClassName("embed-code").single().getValue()).isEqualTo(SNIPPET);
        assertThat(find(Button.class).withAriaLabel("Copy Player link").exists()).isTrue();
        assertThat(find(Button.class).withAriaLabel("Copy Embed code").exists()).isTrue();
        Html preview = find(Html.class).withClassName("embed-preview").single();
        assertThat(preview.getElement().getTag()).isEqualTo("iframe");
        assertThat(preview.getElement().getAttribute("src")).isEqualTo("http://localhost:8080/player/" + CONTENT);
        assertThat(preview.getElement().getAttribute("allow")).isEqualTo("autoplay; fullscreen");
        assertThat(preview.getElement().hasAttribute("allowfullscreen")).isTrue();
        assertThat(preview.getElement().getAttribute("title")).isEqualTo("Main & stage");
    }

    @Test
    @WithPortalUser
    void a_content_named_like_markup_shows_as_literal_text_in_the_heading_the_snippet_and_its_live_preview() {
        // closes the title attribute first, then opens an element of its own
        String markup = "\"><img src=x onerror=alert(1)>";
        when(setup.contents()).thenReturn(List.of(new ContentSetup(CONTENT, markup, List.of())));

        navigate(EmbedView.class);

        assertThat(find(H2.class).withText(markup).exists()).as("the heading: text, not markup").isTrue();
        assertThat(find(TextArea.class).withClassName("embed-code").single().getValue())
                .contains("title=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"").doesNotContain("<img");
        // the preview is the snippet rendered as HTML: the name stays an attribute value, no element of its own
        Html preview = find(Html.class).withClassName("embed-preview").single();
        assertThat(preview.getElement().getTag()).isEqualTo("iframe");
        assertThat(preview.getElement().getAttribute("title")).isEqualTo(markup);
        assertThat(preview.getElement().hasAttribute("onerror")).isFalse();
        assertThat(preview.getElement().getAttribute("src")).isEqualTo("http://localhost:8080/player/" + CONTENT);
        assertThat(preview.getElement().getChildCount()).isZero();
    }

    @Test
    @WithPortalUser
    void an_invalid_domain_marks_the_field_names_the_entry_and_saves_nothing() {
        navigate(EmbedView.class);
        save("customer.example");

        save("shop.example\nhttps://www.customer.example/live");

        assertThat(domainsField().isInvalid()).isTrue();
        assertThat(domainsField().getErrorMessage()).contains("“https://www.customer.example/live” is not a host name")
                .contains("Nothing was saved");
        assertThat(storedDomains()).containsExactly("customer.example");
    }

    @Test
    @WithPortalUser
    void valid_domains_are_saved_normalised_and_confirmed_and_shown_again_on_the_next_visit() {
        navigate(EmbedView.class);

        save("Customer.example, *.Partner.example\ncustomer.example");

        assertThat(domainsField().isInvalid()).isFalse();
        assertThat(storedDomains()).containsExactly("customer.example", "*.partner.example");
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Allowed domains of Main & stage saved.");
        navigate(EmbedView.class);
        assertThat(domainsField().getValue()).isEqualTo("customer.example\n*.partner.example");
        assertThat(jdbc.sql("select changed_by from embed_domain_change where content_id = ?").param(CONTENT)
                .query(String.class).single()).isEqualTo("anna");
    }

    @Test
    @WithPortalUser(impersonatedBy = "sam")
    void a_support_agent_acting_for_the_customer_is_told_and_their_change_is_recorded_with_both_names() {
        navigate(EmbedView.class);
        assertThat(find(Paragraph.class).withTextContaining("recorded with your name").exists()).isTrue();

        save("customer.example");

        assertThat(storedDomains()).containsExactly("customer.example");
        assertThat(jdbc.sql("select changed_by || '/' || changed_by_agent from embed_domain_change where content_id = ?")
                .param(CONTENT).query(String.class).single()).isEqualTo("anna/sam");
        // and in support's audit, which the customer reads under Support access
        assertThat(jdbc.sql("select agent || '/' || customer_username || '/' || action || '/' || detail from support_audit"
                        + " where account_id = 7 and action = 'EMBED_DOMAINS_CHANGED' order by id desc")
                .query(String.class).list().getFirst()).isEqualTo("sam/anna/EMBED_DOMAINS_CHANGED/" + CONTENT
                        + " · customer.example");
    }

    @Test
    @WithPortalUser
    void domains_of_a_content_outside_the_account_can_be_neither_read_nor_written() {
        assertThatThrownBy(() -> settings.allowedDomains("someoneelse1")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.save("someoneelse1", "customer.example")).isInstanceOf(AccessDeniedException.class);
    }
}
