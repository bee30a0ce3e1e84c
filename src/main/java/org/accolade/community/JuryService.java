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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class JuryService {

    private final JuryRepository juries;

    JuryService(JuryRepository juries) {
        this.juries = juries;
    }

    /** Juries are made by the issuer admins who design the badge classes they judge. */
    @Transactional
    @PreAuthorize("hasRole('ISSUER_ADMIN')")
    public JuryId create(String name, Collection<MemberId> members) {
        return juries.save(Jury.create(name, members)).id();
    }

    public List<MemberId> members(JuryId jury) {
        return find(jury).members();
    }

    /** Sets who sits on the jury: from now on they review the nominations that reach this jury. */
    @Transactional
    @PreAuthorize("hasRole('ISSUER_ADMIN')")
    public void replaceMembers(JuryId jury, Collection<MemberId> members) {
        Jury found = find(jury);
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
