package org.accolade.ui;

import java.util.Locale;

import org.accolade.community.Languages;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;

/** French or English for this session; the browser's language is the default. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setItems(Languages.SUPPORTED);
        setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
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
}
