package org.accolade.community.ui;

import java.util.List;

import org.accolade.community.Membership;
import org.accolade.community.OrganisationRole;
import org.accolade.community.OrganisationSummary;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;

/**
 * The organisation and the role a person gets there, as the invite and add dialogs ask for them: only the
 * organisations the admin manages are offered, the first chosen, and a plain membership by default.
 */
class OrganisationFields {

    final Select<OrganisationSummary> organisation = new Select<>();
    final Select<OrganisationRole> role = new Select<>();

    OrganisationFields(Component owner, List<OrganisationSummary> organisations) {
        organisation.setLabel(owner.getTranslation("members.field.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setWidthFull();
        organisations.stream().findFirst().ifPresent(organisation::setValue);
        role.setLabel(owner.getTranslation("members.field.role"));
        role.setItems(OrganisationRole.values());
        role.setItemLabelGenerator(choice -> owner.getTranslation("organisation-role." + choice));
        role.setValue(OrganisationRole.MEMBER);
    }

    /** The membership chosen; null while either is missing, for the service to say which. */
    Membership membership() {
        return organisation.getValue() == null || role.getValue() == null ? null
                : new Membership(organisation.getValue().id(), role.getValue());
    }

    Component[] fields() {
        return new Component[] { organisation, role };
    }
}
