package org.accolade.community.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accolade.community.JuryId;
import org.accolade.community.MemberId;
import org.accolade.shared.OrganisationId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table("jury")
public class Jury {

    @Id
    private UUID id;
    private String name;
    private UUID organisationId;
    @Version
    private Long version;
    @MappedCollection(idColumn = "jury_id")
    private Set<JuryMembership> members = new HashSet<>();

    protected Jury() {
    }

    public static Jury create(OrganisationId organisation, String name, Collection<MemberId> members) {
        var jury = new Jury();
        jury.id = UUID.randomUUID();
        jury.organisationId = organisation.value();
        jury.name = name;
        members.forEach(member -> jury.members.add(new JuryMembership(member.value())));
        return jury;
    }

    /** The jury from now on: these members and no others; tells whether anything changed. */
    public boolean replaceMembers(Collection<MemberId> newMembers) {
        Set<JuryMembership> replacement = newMembers.stream().map(member -> new JuryMembership(member.value()))
                .collect(Collectors.toCollection(HashSet::new));
        if (replacement.equals(members)) {
            return false;
        }
        members = replacement;
        return true;
    }

    public OrganisationId organisation() {
        return new OrganisationId(organisationId);
    }

    public JuryId id() {
        return new JuryId(id);
    }

    public List<MemberId> members() {
        return members.stream().map(m -> new MemberId(m.memberId())).sorted(
                (a, b) -> a.value().compareTo(b.value())).toList();
    }
}
