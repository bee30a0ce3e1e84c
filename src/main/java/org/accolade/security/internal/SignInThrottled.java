package org.accolade.security.internal;

import org.accolade.shared.RateLimit.Attempt;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before its password was checked: too many failures for the account or from the address. */
class SignInThrottled extends AuthenticationException {

    private final transient Attempt attempt;

    SignInThrottled(Attempt attempt) {
        super("Too many failed sign-ins for this account or from this address");
        this.attempt = attempt;
    }

    /** The refused attempt, with how long until the account and the address may try again. */
    Attempt attempt() {
        return attempt;
    }
}
