package org.vigil.admin.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Every page of the console and the one place it says who may open it. {@link PageAccessFilter}
 * refuses anything not listed here (404) and anyone without one of the page's roles (403); the
 * menu lists the pages a person may open. A page another issue fills in later is listed already,
 * with {@link #comingLater()} true, so its menu entry and template slot exist.
 */
public enum ConsolePage {
    HOME("/index.xhtml", "Overview", Section.OVERVIEW, false, ConsoleRole.values()),
    FLEET("/fleet.xhtml", "Fleet health", Section.OPERATIONS, false, ConsoleRole.ADMIN),
    DEVICE("/device.xhtml", "Device history", Section.OPERATIONS, true, ConsoleRole.ADMIN),
    DEAD_LETTERS("/dead-letters.xhtml", "Push dead letters", Section.OPERATIONS, false, ConsoleRole.ADMIN),
    AUDIT("/audit.xhtml", "Audit trail", Section.OPERATIONS, false, ConsoleRole.ADMIN),
    AUDIT_EXPORT("/audit/export", "Audit export", Section.OPERATIONS, true, ConsoleRole.ADMIN),
    PEOPLE("/people.xhtml", "People and roles", Section.IDENTITY, false, ConsoleRole.ADMIN),
    CLIENTS("/clients.xhtml", "Applications", Section.IDENTITY, false, ConsoleRole.ADMIN),
    DEVICE_ENROLLMENT("/devices.xhtml", "Device enrollment", Section.IDENTITY, false, ConsoleRole.ADMIN),
    SIGNING_KEYS("/signing-keys.xhtml", "Signing keys", Section.IDENTITY, false, ConsoleRole.ADMIN),
    PATIENTS("/patients.xhtml", "Patients and care teams", Section.CARE, false, ConsoleRole.ADMIN),
    ASSIGNMENTS("/assignments.xhtml", "Assignments", Section.CARE, false, ConsoleRole.SUPERVISOR, ConsoleRole.ADMIN),
    KYC_QUEUE("/kyc-queue.xhtml", "KYC queue", Section.KYC, false, ConsoleRole.KYC_OFFICER),
    PHARMACY_INBOX("/pharmacy-inbox.xhtml", "Pharmacy inbox", Section.PHARMACY, false, ConsoleRole.PHARMACIST),
    PRESCRIPTION_PDF("/pharmacy/prescription.pdf", "Prescription PDF", Section.PHARMACY, true, ConsoleRole.PHARMACIST);

    /** The menu's groups, in the order the menu shows them. */
    public enum Section {
        OVERVIEW("Overview"), OPERATIONS("Operations"), IDENTITY("Identity"), CARE("Care"), KYC("KYC"), PHARMACY("Pharmacy");

        private final String title;

        Section(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final String path;
    private final String title;
    private final Section section;
    private final boolean hiddenFromMenu;
    private final Set<ConsoleRole> roles;

    ConsolePage(String path, String title, Section section, boolean hiddenFromMenu, ConsoleRole... roles) {
        this.path = path;
        this.title = title;
        this.section = section;
        this.hiddenFromMenu = hiddenFromMenu;
        this.roles = EnumSet.copyOf(Arrays.asList(roles));
    }

    /** The page at a servlet path ({@code /people.xhtml}); the bare root is the overview. */
    public static Optional<ConsolePage> at(String servletPath) {
        String path = servletPath == null || servletPath.isEmpty() || "/".equals(servletPath) ? HOME.path : servletPath;
        return Arrays.stream(values()).filter(p -> p.path.equals(path)).findFirst();
    }

    public boolean openTo(Set<ConsoleRole> held) {
        return roles.stream().anyMatch(held::contains);
    }

    /** Pages whose content another issue brings (the KYC officers' queue). */
    public boolean comingLater() {
        return this == KYC_QUEUE;
    }

    public String path() {
        return path;
    }

    public String title() {
        return title;
    }

    public Section section() {
        return section;
    }

    public boolean inMenu() {
        return !hiddenFromMenu;
    }

    public Set<ConsoleRole> roles() {
        return EnumSet.copyOf(roles);
    }
}
