package com.example.backupingest.portal.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;
import org.springframework.security.web.authentication.switchuser.SwitchUserGrantedAuthority;

class WithPortalUserFactory implements WithSecurityContextFactory<WithPortalUser> {

    @Override
    public SecurityContext createSecurityContext(WithPortalUser annotation) {
        PortalUser user = new PortalUser(annotation.username(), null, annotation.role(),
                annotation.role() == Role.CUSTOMER ? annotation.accountId() : null, annotation.displayName(),
                Locale.ENGLISH);
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        if (!annotation.impersonatedBy().isEmpty()) {
            var agent = UsernamePasswordAuthenticationToken.authenticated(annotation.impersonatedBy(), null,
                    List.of(() -> Role.SUPPORT.authority()));
            authorities.add(new SwitchUserGrantedAuthority("ROLE_PREVIOUS_ADMINISTRATOR", agent));
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        return context;
    }
}
