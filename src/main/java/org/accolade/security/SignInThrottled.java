package org.accolade.security;

import org.accolade.shared.RateLimit.Attempt;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before its password was checked: too many failures for the account or from the address. The login
 * form's failure leaves it in the session ({@code WebAttributes.AUTHENTICATION_EXCEPTION}), where the login screen
 * finds it to say how long to wait.
 */
public class SignInThrottled extends AuthenticationException {

    private final transient Attempt attempt;

    public SignInThrottled(Attempt attempt) {
        super("Too many failed sign-ins for this account or from this address");
        this.attempt = attempt;
    }

    /** The refused attempt, with how long until the account and the address may try again. */
    public Attempt attempt() {
        return attempt;
    }
}
