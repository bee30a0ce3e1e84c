package org.accolade.shell;

import org.accolade.community.MemberService;
import org.accolade.security.CurrentMember;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.FlexComponent.JustifyContentMode;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;

import jakarta.annotation.security.PermitAll;

/**
 * The shell around every screen: signed-in ones, and the public pages that name it as their layout. Its menu lists
 * the views annotated with {@code @Menu} that the person may open (their roles decide), so a new view adds itself;
 * titles are message keys.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentMember currentMember, MemberService members, AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), header(currentMember, members, authentication));
        addToDrawer(brand(), menu());
    }

    private HorizontalLayout header(CurrentMember currentMember, MemberService members,
            AuthenticationContext authentication) {
        String name = currentMember.find().flatMap(members::find).map(m -> m.displayName()).orElse("");
        Span person = new Span(name);
        HorizontalLayout header = new HorizontalLayout(person, new LanguageSwitch(), signInOrOut(authentication));
        header.setAlignItems(Alignment.CENTER);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.END);
        header.getStyle().set("padding-right", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        return header;
    }

    /** Public pages (a badge, the verifier) use this shell too: a stranger is offered to sign in, not out. */
    private Component signInOrOut(AuthenticationContext authentication) {
        if (!authentication.isAuthenticated()) {
            Anchor signIn = new Anchor("login", getTranslation("shell.sign-in"));
            signIn.setId("sign-in");
            return signIn;
        }
        Button signOut = new Button(getTranslation("shell.sign-out"), new Icon("vaadin", "sign-out"),
                click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return signOut;
    }

    private static Span brand() {
        Span brand = new Span("Accolade");
        brand.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600")
                .set("padding", "var(--lumo-space-m)").set("display", "block");
        return brand;
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("shell.menu"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
        }
        return nav;
    }
}
