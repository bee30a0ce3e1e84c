package org.accolade.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.accolade.People;
import org.accolade.SharedApplicationTest;
import org.accolade.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** Accounts opened by an operator only, and members read once per transaction yet never stale. */
@SharedApplicationTest
class MemberServiceTest {

    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private TransactionTemplate transaction;

    private People people;

    @BeforeEach
    void setUp() {
        people = new People(members, users);
    }

    @Test
    void onlyASystemAdministratorOpensAnAccount() {
        NewAccount account = new NewAccount(null, "intruder@example.org", "Intruder", People.PASSWORD,
                Locale.ENGLISH, Set.of(Role.MEMBER), Set.of());

        assertThatThrownBy(() -> members.createAccount(account))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> people.as("alice", () -> members.createAccount(account)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(members.findByEmail("intruder@example.org")).isEmpty();
    }

    @Test
    void anAccountIsOpenedOnceAndWithAValidAddress() {
        Member bea = people.fresh("Bea");

        assertThatThrownBy(() -> people.account(bea.email(), "Bea", Locale.ENGLISH, Role.MEMBER))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("member.already-active"));
        assertThatThrownBy(() -> people.account("not an address", "Nobody", Locale.ENGLISH, Role.MEMBER))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("member.email.invalid"));
    }

    @Test
    void aMemberReadInATransactionIsReadAgainOnceAnAccountIsSaved() {
        Member bea = people.fresh("Bea");

        List<Set<Role>> seen = transaction.execute(status -> people.as("admin", () -> {
            Set<Role> before = members.get(bea.id()).roles();
            members.grant(bea.id(), Membership.admin(people.college()));
            return List.of(before, members.get(bea.id()).roles(), members.getAll(List.of(bea.id())).get(0).roles());
        }));

        assertThat(seen).containsExactly(Set.of(Role.MEMBER), Set.of(Role.MEMBER, Role.ORGANISATION_ADMIN),
                Set.of(Role.MEMBER, Role.ORGANISATION_ADMIN));
    }
}
