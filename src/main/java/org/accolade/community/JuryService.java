package org.accolade.community;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.accolade.shared.DomainException;
import org.accolade.community.internal.Jury;
import org.accolade.community.internal.JuryRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class JuryService {

    private final JuryRepository juries;

    JuryService(JuryRepository juries) {
        this.juries = juries;
    }

    @Transactional
    public JuryId create(String name, Collection<MemberId> members) {
        return juries.save(Jury.create(name, members)).id();
    }

    public List<MemberId> members(JuryId jury) {
        return juries.findById(jury.value())
                .orElseThrow(() -> DomainException.notFound("jury.unknown", null, jury))
                .members();
    }

    public Set<JuryId> juriesOf(MemberId member) {
        return juries.findJuryIdsOfMember(member.value()).stream().map(JuryId::new).collect(Collectors.toSet());
    }
}
