package org.accolade.issuance.ui;

import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.Member;
import org.accolade.issuance.AssertionService;
import org.accolade.issuance.IssueBadges;
import org.accolade.issuance.IssuedBadge;
import org.accolade.issuance.OpenBadgesUrls;
import org.accolade.ui.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;


/** The badge screens under Karibu, with badges issued straight through the service. */
abstract class BadgeScreenTest extends KaribuTest {

    @Autowired
    protected AssertionService assertions;
    @Autowired
    protected BadgeClassService badgeClasses;
    @Autowired
    protected OpenBadgesUrls urls;

    /** A demo badge class, by key: "citoyen", "expert-numerique" (aligned to DigComp), ... */
    protected BadgeClassId badgeClass(String key) {
        return badgeClasses.findByKey(key).orElseThrow().id();
    }

    protected IssuedBadge award(Member holder, String badgeKey) {
        return assertions.issue(IssueBadges.to(holder, badgeClass(badgeKey))).badge();
    }
}
