package org.accolade.browser;

import java.util.Locale;

class FrenchNominationJourneyTest extends NominationJourney {

    @Override
    Locale language() {
        return Locale.FRENCH;
    }
}
