package com.example.backupingest.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.portal.base.ViewTestSupport;
import com.example.backupingest.portal.security.Role;
import com.example.backupingest.portal.security.WithPortalUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import java.util.Locale;
import org.junit.jupiter.api.Test;

@WithPortalUser(username = "sam", displayName = "Sam Support", role = Role.SUPPORT)
class LanguageSwitchTest extends ViewTestSupport {

    @Test
    void choosing_deutsch_in_the_user_menu_re_renders_shell_and_view_in_german() {
        navigate(SupportStartView.class);
        assertThat(find(Button.class).withClassName("skip-link").single().getText()).isEqualTo("Skip to content");
        assertThat(find(Paragraph.class).withClassName("lead").single().getText()).startsWith("Find a customer");

        // root item (avatar + name) → Language → Deutsch
        test(MenuBarTester.class, find(MenuBar.class).single()).clickItem(0, 0, 0);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.GERMAN);
        assertThat(find(Button.class).withClassName("skip-link").single().getText()).isEqualTo("Zum Inhalt springen");
        assertThat(find(Paragraph.class).withClassName("lead").single().getText()).startsWith("Unter „Kunden“");
        assertThat($(H1.class).single().getText()).isEqualTo("Support");
    }

    @Test
    void the_start_address_sends_support_agents_to_their_start_page() {
        navigate("", SupportStartView.class);
        assertThat(getCurrentView()).isInstanceOf(SupportStartView.class);
    }
}
