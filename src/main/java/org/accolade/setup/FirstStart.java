package org.accolade.setup;

import java.util.Locale;
import java.util.Set;

import org.accolade.catalog.Issuer;
import org.accolade.catalog.IssuerService;
import org.accolade.catalog.NewOrganisation;
import org.accolade.community.InvitationService;
import org.accolade.community.Languages;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.community.Membership;
import org.accolade.community.NewInvitation;
import org.accolade.community.Role;
import org.accolade.shared.PublicLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fresh installation has nobody who can sign in. While no system administrator has an account, the address in
 * {@code ACCOLADE_ADMIN_EMAIL} is invited as the first system and issuer admin, and the network's issuer profile is
 * created if there is none, so that badge classes can be written at once. The invitation goes by mail and its link
 * is also written once to the log, for an installation whose mail is not set up yet; both open the same account
 * once. After the demo data (which brings its own administrator), so that the demo start never invites anyone.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstStart implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);
    static final Set<Role> FIRST_ADMIN_ROLES = Set.of(Role.MEMBER, Role.SYSTEM_ADMIN);
    /** The key of the organisation made at the first start; the operator may create others beside it. */
    static final String FIRST_ORGANISATION_KEY = "accolade";

    private final MemberService members;
    private final InvitationService invitations;
    private final IssuerService issuers;
    private final String adminEmail;
    private final Locale adminLanguage;
    private final String issuerName;
    private final String issuerUrl;
    private final PublicLinks links;

    FirstStart(MemberService members, InvitationService invitations, IssuerService issuers,
            @Value("${accolade.first-admin.email:}") String adminEmail,
            @Value("${accolade.first-admin.language:fr}") String adminLanguage,
            @Value("${accolade.first-admin.issuer-name}") String issuerName,
            @Value("${accolade.first-admin.issuer-url}") String issuerUrl, PublicLinks links) {
        this.members = members;
        this.invitations = invitations;
        this.issuers = issuers;
        this.adminEmail = adminEmail.isBlank() ? "" : MemberService.normalizeEmail(adminEmail);
        this.adminLanguage = Languages.supported(Locale.forLanguageTag(adminLanguage));
        this.issuerName = issuerName;
        this.issuerUrl = issuerUrl;
        this.links = links;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (members.withRole(Role.SYSTEM_ADMIN).stream().anyMatch(Member::hasAccount)) {
            return;
        }
        if (adminEmail.isEmpty()) {
            LOG.warn("Nobody can administer Accolade yet: set ACCOLADE_ADMIN_EMAIL to the first administrator's "
                    + "address and start again; they will receive an invitation.");
            return;
        }
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("first-start",
                null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN")));
        try {
            inviteFirstAdministrator();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void inviteFirstAdministrator() {
        Issuer organisation = issuers.all().stream().findFirst().orElseGet(() -> {
            LOG.info("Creating the first organisation \"{}\" ({})", issuerName, issuerUrl);
            return issuers.create(new NewOrganisation(FIRST_ORGANISATION_KEY, issuerName, issuerUrl, adminEmail,
                    null, adminLanguage));
        });
        var pending = members.findByEmail(adminEmail).filter(member -> invitations.hasOpenInvitation(member.id()));
        if (pending.isPresent()) {
            LOG.info("The first administrator, {}, has an invitation that is still open; it was written to the log "
                    + "when it was sent.", adminEmail);
            return;
        }
        // The operator also runs the first organisation, so that badges can be designed at once.
        Membership admin = Membership.admin(organisation.id());
        Member member = invitations.inviteMember(adminEmail, null, adminLanguage, FIRST_ADMIN_ROLES, admin);
        NewInvitation link = invitations.inviteWithToken(member.id(), FIRST_ADMIN_ROLES, admin);
        LOG.warn("First start: {} is invited as the first administrator (also by mail). Their link, valid until {} "
                + "and usable once: {}", adminEmail, link.expiresAt(), links.invitation(link.token()));
    }
}
