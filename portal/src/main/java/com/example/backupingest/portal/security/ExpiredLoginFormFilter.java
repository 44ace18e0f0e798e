package com.example.backupingest.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A login form posted without a live session (the page stood open past the session timeout, or a
 * foreign site posts it) cannot carry a valid CSRF token: instead of a bare 403 the browser gets a
 * fresh login page. Nobody is signed in either way; this only spares a customer an error page.
 */
class ExpiredLoginFormFilter extends OncePerRequestFilter {

    private static final RequestMatcher LOGIN_POST = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/login");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (LOGIN_POST.matches(request) && request.getSession(false) == null) {
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        chain.doFilter(request, response);
    }
}
