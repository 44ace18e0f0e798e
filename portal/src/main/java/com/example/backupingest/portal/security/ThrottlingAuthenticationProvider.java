package com.example.backupingest.portal.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Refuses a locked username or client before the password is even checked. */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final LoginThrottle throttle;
    private final AuthenticationProvider delegate;

    ThrottlingAuthenticationProvider(LoginThrottle throttle, AuthenticationProvider delegate) {
        this.throttle = throttle;
        this.delegate = delegate;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var lock = throttle.lockedUntil(authentication.getName(), clientOf(authentication));
        if (lock.isPresent()) {
            throw new LoginThrottledException(lock.get());
        }
        return delegate.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    static @Nullable String clientOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
