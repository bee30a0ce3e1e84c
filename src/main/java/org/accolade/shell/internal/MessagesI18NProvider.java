package org.accolade.shell.internal;

import java.util.List;
import java.util.Locale;

import org.accolade.community.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/** Screens translate through the same bundles as the API and the validator, in French or English. */
@Component
class MessagesI18NProvider implements I18NProvider {

    private final MessageSource messages;

    MessagesI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    /** A missing key shows as !key! on the screen, so that it is seen, and tests can look for it. */
    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.getMessage(key, params, "!" + key + "!", Languages.supported(locale));
    }
}
