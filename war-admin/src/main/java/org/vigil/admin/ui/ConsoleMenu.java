package org.vigil.admin.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vigil.admin.security.ConsolePage;
import org.vigil.admin.security.ConsoleUser;

/** The menu: the pages the person's roles open, grouped by section, the current one marked. */
@Named("menu")
@RequestScoped
public class ConsoleMenu {

    @Inject
    ConsoleUser user;

    /** One group of links; Jakarta EL reads getters, hence a class. */
    public static final class Group {
        private final String title;
        private final List<Entry> entries = new ArrayList<>();

        Group(String title) {
            this.title = title;
        }

        public String getTitle() {
            return title;
        }

        public List<Entry> getEntries() {
            return entries;
        }
    }

    /** One link: {@code href} relative to the console's root. */
    public record Entry(String title, String href, boolean current, boolean comingLater, String id) {
        public String getTitle() {
            return title;
        }

        public String getHref() {
            return href;
        }

        public boolean isCurrent() {
            return current;
        }

        public boolean isComingLater() {
            return comingLater;
        }

        public String getId() {
            return id;
        }
    }

    public List<Group> getGroups() {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        Map<ConsolePage.Section, Group> groups = new LinkedHashMap<>();
        for (ConsolePage page : ConsolePage.values()) {
            if (page.inMenu() && page.openTo(user.roles())) {
                groups.computeIfAbsent(page.section(), s -> new Group(s.title())).entries.add(new Entry(page.title(),
                        page.path().substring(1), page.path().equals(viewId), page.comingLater(),
                        "nav-" + page.name().toLowerCase().replace('_', '-')));
            }
        }
        return new ArrayList<>(groups.values());
    }

    /** The current page's title, for the heading and the window title. */
    public String getTitle() {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return ConsolePage.at(viewId).map(ConsolePage::title).orElse("Vigil console");
    }
}
