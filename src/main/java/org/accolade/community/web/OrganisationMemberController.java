package org.accolade.community.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accolade.community.InvitationService;
import org.accolade.community.Member;
import org.accolade.community.MemberId;
import org.accolade.community.MemberService;
import org.accolade.community.MemberStatus;
import org.accolade.community.Membership;
import org.accolade.community.OrganisationMember;
import org.accolade.community.OrganisationRole;
import org.accolade.community.Role;
import org.accolade.shared.DomainException;
import org.accolade.shared.OrganisationId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The people of one organisation, for its admins and the system admin: list them, add a member of the network,
 * invite a new address, grant and withdraw roles. Another organisation answers 404, as an unknown one (ADR 17).
 */
@RestController
@RequestMapping("/api/v1/admin/organisations/{organisationId}")
@PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'SYSTEM_ADMIN')")
class OrganisationMemberController {

    /** A person and their roles in this organisation (none yet for one invited into it). */
    record MemberEntry(UUID id, String name, String email, MemberStatus status, Set<OrganisationRole> roles) {

        static MemberEntry of(OrganisationMember entry, OrganisationId organisation) {
            Member member = entry.member();
            return new MemberEntry(member.id().value(), member.displayName(), member.email(), member.status(),
                    entry.rolesIn(organisation));
        }
    }

    record Addition(String email, String role) {
    }

    /** {@code language} is {@code fr} or {@code en}: the language of their emails. */
    record Invitation(String email, String name, String language, String role) {
    }

    private final MemberService members;
    private final InvitationService invitations;

    OrganisationMemberController(MemberService members, InvitationService invitations) {
        this.members = members;
        this.invitations = invitations;
    }

    /** One page of its people by name, matching {@code q}; the total is in {@code X-Total-Count}. */
    @GetMapping("/members")
    ResponseEntity<List<MemberEntry>> list(@PathVariable UUID organisationId,
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        OrganisationId organisation = new OrganisationId(organisationId);
        List<MemberEntry> page = members.searchIn(organisation, q, offset, limit).stream()
                .map(entry -> MemberEntry.of(entry, organisation)).toList();
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(members.countIn(organisation, q)))
                .body(page);
    }

    /** A person already in the network joins with a role; 404 naming {@code email} for an unknown address. */
    @PostMapping("/members")
    ResponseEntity<MemberEntry> add(@PathVariable UUID organisationId, @RequestBody Addition addition) {
        Membership membership = membership(organisationId, addition.role());
        OrganisationMember added = members.add(addition.email(), membership);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(MemberEntry.of(added, membership.organisation()));
    }

    /** A new address is invited into the organisation; the role is given when the invitation is accepted. */
    @PostMapping("/invitations")
    ResponseEntity<MemberEntry> invite(@PathVariable UUID organisationId, @RequestBody Invitation invitation) {
        Membership membership = membership(organisationId, invitation.role());
        Locale language = invitation.language() == null ? null : Locale.forLanguageTag(invitation.language());
        Member invited = invitations.inviteMember(invitation.email(), invitation.name(), language,
                Set.of(Role.MEMBER), membership);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(MemberEntry.of(new OrganisationMember(invited, Set.of()), membership.organisation()));
    }

    @PutMapping("/members/{memberId}/roles/{role}")
    Set<OrganisationRole> grant(@PathVariable UUID organisationId, @PathVariable UUID memberId,
            @PathVariable String role) {
        Membership membership = membership(organisationId, role);
        return rolesIn(members.grant(new MemberId(memberId), membership), membership.organisation());
    }

    /** Ends one role; nobody ends their own admin role (409). */
    @DeleteMapping("/members/{memberId}/roles/{role}")
    Set<OrganisationRole> withdraw(@PathVariable UUID organisationId, @PathVariable UUID memberId,
            @PathVariable String role) {
        Membership membership = membership(organisationId, role);
        return rolesIn(members.withdraw(new MemberId(memberId), membership), membership.organisation());
    }

    /** Another organisation answers 404 before the role is read, so that nothing tells it exists. */
    private Membership membership(UUID organisationId, String role) {
        OrganisationId organisation = new OrganisationId(organisationId);
        members.checkManages(organisation);
        return new Membership(organisation, Arrays.stream(OrganisationRole.values())
                .filter(known -> known.name().equals(role)).findFirst()
                .orElseThrow(() -> DomainException.invalid("member.role.invalid", "role")));
    }

    private static Set<OrganisationRole> rolesIn(Set<Membership> memberships, OrganisationId organisation) {
        return memberships.stream().filter(membership -> membership.organisation().equals(organisation))
                .map(Membership::role).collect(Collectors.toUnmodifiableSet());
    }
}
