package org.accolade.catalog;

import org.accolade.community.JuryId;

/** How the jury decides: quorum is the number of approving votes a unanimous approval needs. */
public record ReviewRules(ReviewPolicy policy, JuryId jury, int quorum, int maxRounds) {

    public ReviewRules {
        if (quorum < 1 || maxRounds < 1) {
            throw new IllegalArgumentException("quorum and maxRounds must be at least 1");
        }
    }
}
