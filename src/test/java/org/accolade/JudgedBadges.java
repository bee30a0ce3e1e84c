package org.accolade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.NewBadgeClass;
import org.accolade.catalog.ReviewPolicy;
import org.accolade.catalog.ReviewRules;
import org.accolade.community.JuryId;
import org.accolade.community.JuryService;
import org.accolade.community.Member;
import org.accolade.community.MemberId;
import org.accolade.security.CurrentMember;

/** Badge classes judged by a jury of the test's choosing, so that a test decides who votes and who may stand in. */
public final class JudgedBadges {

    private final People people;
    private final BadgeClassService badgeClasses;
    private final JuryService juries;
    private final CurrentMember currentMember;

    public JudgedBadges(People people, BadgeClassService badgeClasses, JuryService juries,
            CurrentMember currentMember) {
        this.people = people;
        this.badgeClasses = badgeClasses;
        this.juries = juries;
        this.currentMember = currentMember;
    }

    /** A published copy of citoyen judged by its own jury of these people (logins), quorum 2; its key. */
    public String judgedBy(String... jurors) {
        BadgeClass citoyen = badgeClasses.findByKey("citoyen").orElseThrow();
        String key = "judged-" + UUID.randomUUID().toString().substring(0, 8);
        List<MemberId> members = Arrays.stream(jurors).map(this::idOf).toList();
        JuryId jury = people.as("admin", () -> juries.create(citoyen.issuerId(), key, members));
        ReviewRules rules = new ReviewRules(ReviewPolicy.VOTES, jury, 2, 3);
        NewBadgeClass judged = new NewBadgeClass(citoyen.issuerId(), key, "Judged citizen " + key, "Judged.",
                "Judged by its own jury.", List.of(), rules, citoyen.deadlines(), null, Set.of(), Set.of(), 0,
                List.of(), null);
        people.as("admin", () -> badgeClasses.publish(badgeClasses.create(judged).id()));
        return key;
    }

    public void addToJury(String badgeKey, Member juror) {
        JuryId jury = badgeClasses.findByKey(badgeKey).orElseThrow().review().jury();
        List<MemberId> sitting = new ArrayList<>(juries.members(jury));
        sitting.add(juror.id());
        people.as("admin", () -> juries.replaceMembers(jury, sitting));
    }

    public MemberId idOf(String login) {
        return people.as(login, () -> currentMember.id());
    }
}
