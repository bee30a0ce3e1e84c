package org.accolade.community.internal;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.accolade.community.Member;
import org.accolade.community.MemberStatus;
import org.accolade.community.Role;
import org.accolade.mail.OperatorDirectory;
import org.springframework.stereotype.Component;

/** The operators the mail module alerts: the system administrators who have an account. */
@Component
class SystemAdministrators implements OperatorDirectory {

    private final MemberAccountRepository accounts;

    SystemAdministrators(MemberAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Map<String, Locale> operators() {
        return accounts.findByRole(Role.SYSTEM_ADMIN.name()).stream().map(MemberAccount::toMember)
                .filter(member -> member.status() == MemberStatus.ACTIVE)
                .collect(Collectors.toMap(Member::email, Member::language, (first, second) -> first));
    }
}
