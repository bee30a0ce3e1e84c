package org.accolade.community;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.accolade.shared.DomainException;
import org.accolade.community.internal.MemberAccount;
import org.accolade.community.internal.MemberAccountRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class MemberService {

    private final MemberAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    MemberService(MemberAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public static String normalizeEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    public Optional<Member> find(MemberId id) {
        return accounts.findById(id.value()).map(MemberAccount::toMember);
    }

    public Member get(MemberId id) {
        return find(id).orElseThrow(() -> DomainException.notFound("member.unknown", null, id));
    }

    public List<Member> getAll(Collection<MemberId> ids) {
        List<UUID> uuids = ids.stream().map(MemberId::value).toList();
        return accounts.findAllById(uuids).stream().map(MemberAccount::toMember).toList();
    }

    public Optional<Member> findByEmail(String email) {
        return accounts.findByEmail(normalizeEmail(email)).map(MemberAccount::toMember);
    }

    /** The account a person logs in with, by username or email; only accounts with a password. */
    public Optional<LoginAccount> findLogin(String login) {
        return accounts.findByUsername(login)
                .or(() -> accounts.findByEmail(normalizeEmail(login)))
                .filter(MemberAccount::isActive)
                .map(MemberAccount::toLogin);
    }

    /** The member with this address, or a new invited member (no password yet) whom tasks can be assigned to. */
    @Transactional
    public Member findOrInvite(String email, String name, Locale language) {
        String address = normalizeEmail(email);
        return accounts.findByEmail(address)
                .orElseGet(() -> accounts.save(MemberAccount.invited(address, blankToNull(name), language,
                        clock.instant())))
                .toMember();
    }

    /** Creates an active account at once, as an administrator or the demo data does. */
    @Transactional
    public Member createAccount(NewAccount account) {
        String address = normalizeEmail(account.email());
        MemberAccount member = accounts.findByEmail(address)
                .orElseGet(() -> MemberAccount.invited(address, account.name(), account.language(), clock.instant()));
        member.activate(account.username(), account.name(), passwordEncoder.encode(account.password()),
                account.language(), account.roles());
        return accounts.save(member).toMember();
    }

    public List<Member> withRole(Role role) {
        return accounts.findByRole(role.name()).stream().map(MemberAccount::toMember).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
