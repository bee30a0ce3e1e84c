package org.accolade.security.internal.cockpit;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.community.Role;
import org.accolade.security.AccoladeUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may open Cockpit, and their Camunda identity. Operators are the members with SYSTEM_ADMIN, signed in to
 * Accolade; Cockpit knows them under the name they signed in with. Camunda's webapps need that user in the engine's
 * identity tables, in the {@code camunda-admin} group: it is written when the operator first opens Cockpit in a
 * session, and brought up to date then.
 */
@Component
public class CockpitOperators {

    private static final String OPERATOR_AUTHORITY = "ROLE_" + Role.SYSTEM_ADMIN.name();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MemberService members;

    CockpitOperators(MemberService members) {
        this.members = members;
    }

    /** The operator signed in to Accolade for this request, if the person signed in is one. */
    public Optional<AccoladeUser> signedInOperator() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof AccoladeUser user)) {
            return Optional.empty();
        }
        return authentication.getAuthorities().stream()
                .anyMatch(authority -> OPERATOR_AUTHORITY.equals(authority.getAuthority()))
                ? Optional.of(user) : Optional.empty();
    }

    /**
     * The Camunda user id of the operator signed in for this request, registered in the engine's identity tables;
     * empty for anyone else.
     */
    Optional<String> authenticate(HttpServletRequest request, ProcessEngine engine) {
        return signedInOperator().map(operator -> {
            String userId = operator.getUsername();
            if (!knownInSession(request.getSession(false), engine, userId)) {
                registerOnce(engine.getIdentityService(), userId, members.find(operator.memberId()));
            }
            return userId;
        });
    }

    /** Cockpit calls the engine many times a page: the identity tables are written once per session. */
    private static boolean knownInSession(HttpSession session, ProcessEngine engine, String userId) {
        if (session == null) {
            return false;
        }
        Authentication known = AuthenticationUtil.getAuthsFromSession(session)
                .getAuthenticationForProcessEngine(engine.getName());
        return known != null && userId.equals(known.getIdentityId());
    }

    /**
     * Two first requests at once (two tabs) may both try to create the user or the membership: the one that loses
     * finds them written by the other.
     */
    private void registerOnce(IdentityService identity, String userId, Optional<Member> member) {
        try {
            register(identity, userId, member);
        } catch (ProcessEngineException raced) {
            if (identity.createUserQuery().userId(userId).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
                throw raced;
            }
        }
    }

    /** Creates or updates the user and their membership of camunda-admin; running it twice changes nothing. */
    void register(IdentityService identity, String userId, Optional<Member> member) {
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group admins = identity.newGroup(Groups.CAMUNDA_ADMIN);
            admins.setName("Camunda administrators");
            admins.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(admins);
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        boolean created = user == null;
        if (created) {
            user = identity.newUser(userId);
            // Nobody knows this password: operators come in through Accolade's sign-in, never Camunda's form.
            user.setPassword(unguessablePassword());
        }
        String name = member.map(Member::displayName).orElse(userId);
        int space = name.indexOf(' ');
        String firstName = space < 0 ? name : name.substring(0, space);
        String lastName = space < 0 ? "" : name.substring(space + 1);
        String email = member.map(Member::email).orElse(null);
        if (created || !firstName.equals(user.getFirstName()) || !lastName.equals(user.getLastName())
                || (email != null && !email.equals(user.getEmail()))) {
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(userId).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            identity.createMembership(userId, Groups.CAMUNDA_ADMIN);
        }
    }

    private static String unguessablePassword() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
