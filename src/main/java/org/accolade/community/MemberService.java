package org.accolade.community;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.accolade.shared.DomainException;
import org.accolade.shared.TransactionMemo;
import org.accolade.community.internal.MemberAccount;
import org.accolade.community.internal.MemberAccountRepository;
import org.accolade.community.internal.MemberReader;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class MemberService {

    /** Members read in a transaction are remembered until it ends; see {@link TransactionMemo}. */
    static final String MEMO = "member";

    private final MemberAccountRepository accounts;
    private final MemberReader reader;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    MemberService(MemberAccountRepository accounts, MemberReader reader, PasswordEncoder passwordEncoder,
            Clock clock) {
        this.accounts = accounts;
        this.reader = reader;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public static String normalizeEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    public Optional<Member> find(MemberId id) {
        return Optional.ofNullable(TransactionMemo.get(MEMO, id, () -> reader.byId(id.value()).orElse(null)));
    }

    public Member get(MemberId id) {
        return find(id).orElseThrow(() -> DomainException.notFound("member.unknown", null, id));
    }

    public List<Member> getAll(Collection<MemberId> ids) {
        return ids.stream().map(this::get).toList();
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
        return accounts.findByEmail(address).orElseGet(() -> {
            TransactionMemo.forget(MEMO);
            return accounts.save(MemberAccount.invited(address, blankToNull(name), language, clock.instant()));
        }).toMember();
    }

    /** Creates an active account at once, as an administrator or the demo data does. */
    @Transactional
    public Member createAccount(NewAccount account) {
        String address = normalizeEmail(account.email());
        MemberAccount member = accounts.findByEmail(address)
                .orElseGet(() -> MemberAccount.invited(address, account.name(), account.language(), clock.instant()));
        member.activate(account.username(), account.name(), passwordEncoder.encode(account.password()),
                account.language(), account.roles());
        TransactionMemo.forget(MEMO);
        return accounts.save(member).toMember();
    }

    public List<Member> withRole(Role role) {
        return accounts.findByRole(role.name()).stream().map(MemberAccount::toMember).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
