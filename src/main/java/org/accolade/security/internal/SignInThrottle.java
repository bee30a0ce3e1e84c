package org.accolade.security.internal;

import java.time.Duration;
import java.util.Locale;

import org.accolade.security.SignInThrottled;
import org.accolade.shared.RateLimit;
import org.accolade.shared.RateLimit.Attempt;
import org.accolade.shared.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per account and per client address, so that passwords cannot be guessed at speed: neither many
 * passwords for one account nor one password for many accounts. While either has failed too often, a sign-in is
 * refused before its password is checked, so that a right password is refused too; only failures count, so that
 * people signing in at the same time from one address (a school's) use up nothing. Failures that run at the same
 * moment may pass the limit by as many as run together, which is still far from guessing. The address is the
 * connection's: X-Forwarded-For counts only where Spring's forward-headers strategy is configured to trust a proxy.
 */
@Component
class SignInThrottle {

    private final RateLimit perAccount;
    private final RateLimit perAddress;

    SignInThrottle(RateLimits limits,
            @Value("${accolade.security.sign-in.failures-per-account}") int perAccount,
            @Value("${accolade.security.sign-in.failures-per-address}") int perAddress,
            @Value("${accolade.security.sign-in.window}") Duration window) {
        this.perAccount = limits.perWindow(perAccount, window);
        this.perAddress = limits.perWindow(perAddress, window);
    }

    /** A sign-in under way, for the account and the address it comes from. */
    record SignIn(SignInThrottle throttle, String account, String address) {

        /** Its password was wrong: one failure for the account and one for the address. */
        void failed() {
            throttle.perAccount.count(account);
            throttle.perAddress.count(address);
        }
    }

    /** A sign-in that may go on to have its password checked, or a refusal while the limits hold. */
    SignIn begin(String login, String address) {
        String account = account(login);
        refuseIfSpent(perAccount.peek(account));
        refuseIfSpent(perAddress.peek(address));
        return new SignIn(this, account, address);
    }

    private static void refuseIfSpent(Attempt attempt) {
        if (!attempt.allowed()) {
            throw new SignInThrottled(attempt);
        }
    }

    /**
     * The account as named, in any case: no database read before the password check, which runs on every HTTP Basic
     * call. Naming an account by its username and by its email gives two budgets, which is still no guessing.
     */
    private static String account(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}
