package com.example.backupingest.portal.support;

import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Where the browser goes after a switch: the customer's portal ({@code /}) after a start, the
 * agent's customer list after the end. A refused start returns to the customer list with a flag
 * the view turns into a message. (SwitchUserFilter uses one handler for start and exit.)
 */
class ImpersonationRedirects implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String CUSTOMER_HOME = "/";
    static final String AGENT_HOME = "/support/customers";
    static final String REFUSED = AGENT_HOME + "?impersonation=refused";

    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        boolean agent = authentication.getPrincipal() instanceof PortalUser user && user.role() == Role.SUPPORT;
        redirects.sendRedirect(request, response, agent ? AGENT_HOME : CUSTOMER_HOME);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        // An exit without an impersonation (e.g. a stale "End" in a second tab) just goes home.
        boolean exit = request.getRequestURI().endsWith(ImpersonationConfigurer.EXIT_URL);
        redirects.sendRedirect(request, response, exit ? CUSTOMER_HOME : REFUSED);
    }
}
