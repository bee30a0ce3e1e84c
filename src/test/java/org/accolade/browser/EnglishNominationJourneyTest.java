package org.accolade.browser;

import java.util.Locale;

class EnglishNominationJourneyTest extends NominationJourney {

    @Override
    Locale language() {
        return Locale.ENGLISH;
    }
}
