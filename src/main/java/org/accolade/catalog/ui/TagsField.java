package org.accolade.catalog.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.data.provider.ListDataProvider;

/** A badge class's tags: chosen among those in use or typed anew; its value is the list in the order chosen. */
class TagsField extends CustomField<List<String>> {

    private final MultiSelectComboBox<String> choice = new MultiSelectComboBox<>();
    private final ListDataProvider<String> offered = new ListDataProvider<>(new ArrayList<>());

    TagsField() {
        super(List.of());
        choice.setItems(offered);
        choice.setAllowCustomValue(true);
        choice.setWidthFull();
        choice.addCustomValueSetListener(custom -> {
            String tag = custom.getDetail().strip();
            if (!tag.isEmpty()) {
                offer(List.of(tag));
                choice.select(tag);
            }
        });
        choice.addValueChangeListener(change -> updateValue());
        add(choice);
    }

    /** The tags in use, to choose from. */
    void offerInUse(Collection<String> inUse) {
        offered.getItems().clear();
        offer(inUse);
    }

    private void offer(Collection<String> tags) {
        tags.stream().filter(tag -> !offered.getItems().contains(tag)).forEach(offered.getItems()::add);
        offered.refreshAll();
    }

    @Override
    protected List<String> generateModelValue() {
        return List.copyOf(choice.getValue());
    }

    @Override
    protected void setPresentationValue(List<String> tags) {
        offer(tags);
        choice.setValue(new LinkedHashSet<>(tags));
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        choice.setReadOnly(readOnly);
    }
}
