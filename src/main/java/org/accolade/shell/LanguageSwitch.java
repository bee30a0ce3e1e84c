package org.accolade.shell;

import java.util.Locale;

import org.accolade.community.Languages;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;

/** French or English for this session; the browser's language is the default. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setItems(Languages.SUPPORTED);
        setItemLabelGenerator(LanguageSwitch::ownName);
        setValue(Languages.supported(UI.getCurrent().getLocale()));
        setAriaLabel(getTranslation("shell.language"));
        setWidth("9em");
        addValueChangeListener(change -> {
            if (change.isFromClient()) {
                UI.getCurrent().getSession().setLocale(change.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }

    /** Each language in its own words, capitalised as a menu item: "Français", "English". */
    private static String ownName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
