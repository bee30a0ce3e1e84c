package org.accolade.community;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.accolade.shared.DomainException;
import org.accolade.community.internal.Jury;
import org.accolade.community.internal.JuryRepository;
import org.accolade.shared.OrganisationId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class JuryService {

    private final JuryRepository juries;
    private final MemberService memberService;

    JuryService(JuryRepository juries, MemberService memberService) {
        this.juries = juries;
        this.memberService = memberService;
    }

    /**
     * Juries belong to an organisation and are made by its admins, who design the badge classes they judge. Whoever
     * sits on one becomes a juror of the organisation.
     */
    @Transactional
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public JuryId create(OrganisationId organisation, String name, Collection<MemberId> members) {
        memberService.checkCallerAdministers(organisation);
        memberService.makeJurors(organisation, members);
        return juries.save(Jury.create(organisation, name, members)).id();
    }

    /** The organisation the jury belongs to. */
    public OrganisationId organisationOf(JuryId jury) {
        return find(jury).organisation();
    }

    public List<MemberId> members(JuryId jury) {
        return find(jury).members();
    }

    /** Sets who sits on the jury: from now on they review the nominations that reach this jury. */
    @Transactional
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public void replaceMembers(JuryId jury, Collection<MemberId> members) {
        Jury found = find(jury);
        if (!memberService.callerAdministers(found.organisation())) {
            throw DomainException.notFound("jury.unknown", null, jury);
        }
        memberService.makeJurors(found.organisation(), members);
        if (found.replaceMembers(members)) {
            juries.save(found);
        }
    }

    /** How many members sit on each of these juries (none for an empty jury), in one statement. */
    public Map<JuryId, Integer> sizes(Collection<JuryId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<JuryId, Integer> sizes = new HashMap<>();
        ids.forEach(id -> sizes.put(id, 0));
        juries.countMembers(ids.stream().map(JuryId::value).collect(Collectors.toSet()))
                .forEach(count -> sizes.put(new JuryId(count.juryId()), count.members()));
        return sizes;
    }

    private Jury find(JuryId jury) {
        return juries.findById(jury.value())
                .orElseThrow(() -> DomainException.notFound("jury.unknown", null, jury));
    }

    public Set<JuryId> juriesOf(MemberId member) {
        return juries.findJuryIdsOfMember(member.value()).stream().map(JuryId::new).collect(Collectors.toSet());
    }
}
