package com.example.backupingest.portal.support;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Starts and ends an impersonation from a Vaadin view: a real browser form POST (not a Vaadin
 * round trip, never a GET) to the switch-user URLs, carrying Spring's CSRF token. The token is
 * read on the server while handling the click: Spring's CsrfFilter puts it on every request, also
 * on Vaadin's own (which it exempts from checking), so it is the session's current token.
 */
public final class ImpersonationForms {

    /** $0 action, then name/value pairs $1..$6; empty names are skipped. */
    private static final String SUBMIT = """
            const form = document.createElement('form');
            form.method = 'post';
            form.action = $0;
            form.style.display = 'none';
            [[$1, $2], [$3, $4], [$5, $6]].filter(([name]) => name).forEach(([name, value]) => {
              const input = document.createElement('input');
              input.type = 'hidden';
              input.name = name;
              input.value = value;
              form.appendChild(input);
            });
            document.body.appendChild(form);
            form.submit();""";

    private ImpersonationForms() {
    }

    /** Act as the account's customer; the server checks role, reason and target again. */
    public static void start(long accountId, String reason) {
        post(ImpersonationConfigurer.SWITCH_URL, "account", Long.toString(accountId), "reason", reason);
    }

    /** Back to the agent's own session. */
    public static void end() {
        post(ImpersonationConfigurer.EXIT_URL, "", "", "", "");
    }

    private static void post(String path, String name1, String value1, String name2, String value2) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        @Nullable CsrfToken token = request == null ? null
                : (CsrfToken) request.getHttpServletRequest().getAttribute(CsrfToken.class.getName());
        String contextPath = request == null ? "" : request.getContextPath();
        UI.getCurrent().getPage().executeJs(SUBMIT, contextPath + path,
                token == null ? "" : token.getParameterName(), token == null ? "" : token.getToken(),
                name1, value1, name2, value2);
    }
}
