package org.accolade.security.internal;

import java.time.Duration;
import java.util.Locale;

import org.accolade.community.MemberService;
import org.accolade.security.SignInThrottled;
import org.accolade.shared.RateLimit;
import org.accolade.shared.RateLimit.Attempt;
import org.accolade.shared.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per account and per client address, so that passwords cannot be guessed at speed: neither many
 * passwords for one account nor one password for many accounts. A sign-in counts before its password is checked, so
 * that a right password is refused too while the limit holds, and is given back when it succeeds, so that people who
 * sign in do not use up anything. The address is the connection's: X-Forwarded-For counts only where Spring's
 * forward-headers strategy is configured to trust a proxy.
 */
@Component
class SignInThrottle {

    private final RateLimit perAccount;
    private final RateLimit perAddress;
    private final MemberService members;

    SignInThrottle(RateLimits limits, MemberService members,
            @Value("${accolade.security.sign-in.failures-per-account}") int perAccount,
            @Value("${accolade.security.sign-in.failures-per-address}") int perAddress,
            @Value("${accolade.security.sign-in.window}") Duration window) {
        this.perAccount = limits.perWindow(perAccount, window);
        this.perAddress = limits.perWindow(perAddress, window);
        this.members = members;
    }

    /** A counted sign-in attempt, to give back once the password proves right. */
    record Counted(SignInThrottle throttle, String account, String address) {

        void succeeded() {
            throttle.perAccount.refund(account);
            throttle.perAddress.refund(address);
        }
    }

    /** Counts a sign-in as if it failed, or refuses it without checking its password. */
    Counted count(String login, String address) {
        String account = account(login);
        Attempt forAccount = perAccount.attempt(account);
        if (!forAccount.allowed()) {
            throw new SignInThrottled(forAccount);
        }
        Attempt fromAddress = perAddress.attempt(address);
        if (!fromAddress.allowed()) {
            perAccount.refund(account);
            throw new SignInThrottled(fromAddress);
        }
        return new Counted(this, account, address);
    }

    /** One key per account whether it is named by username or by email, so that changing names gains nothing. */
    private String account(String login) {
        String name = login == null ? "" : login.strip();
        return members.findLogin(name).map(account -> account.id().toString())
                .orElse(name.toLowerCase(Locale.ROOT));
    }
}
