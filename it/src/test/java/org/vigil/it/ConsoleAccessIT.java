package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vigil.it.support.ConsoleBrowserTest;
import org.vigil.it.support.ConsolePeople;
import org.vigil.it.support.WildFlyServer;

/**
 * Every page of the console, opened by a person of each role in a real browser: it answers only
 * the roles it is meant for (its title), everyone else gets the refusal page (403), and the menu
 * lists exactly the pages the person may open. The list below is the console's contract, written
 * out here independently of the console's own page registry.
 */
@Tag("once")
class ConsoleAccessIT extends ConsoleBrowserTest {

    /** path -> the roles it opens to, and the title it shows them. */
    record Expected(Set<String> roles, String title) {
    }

    static final Map<String, Expected> PAGES = Map.ofEntries(
            Map.entry("index.xhtml", new Expected(Set.of("admin", "supervisor", "kyc-officer", "pharmacist"), "Overview")),
            Map.entry("fleet.xhtml", new Expected(Set.of("admin"), "Fleet health")),
            Map.entry("device.xhtml", new Expected(Set.of("admin"), "Device history")),
            Map.entry("dead-letters.xhtml", new Expected(Set.of("admin"), "Push dead letters")),
            Map.entry("audit.xhtml", new Expected(Set.of("admin"), "Audit trail")),
            Map.entry("people.xhtml", new Expected(Set.of("admin"), "People and roles")),
            Map.entry("clients.xhtml", new Expected(Set.of("admin"), "Applications")),
            Map.entry("devices.xhtml", new Expected(Set.of("admin"), "Device enrollment")),
            Map.entry("signing-keys.xhtml", new Expected(Set.of("admin"), "Signing keys")),
            Map.entry("patients.xhtml", new Expected(Set.of("admin"), "Patients and care teams")),
            Map.entry("assignments.xhtml", new Expected(Set.of("admin", "supervisor"), "Assignments")),
            Map.entry("kyc-queue.xhtml", new Expected(Set.of("kyc-officer"), "KYC queue")),
            Map.entry("pharmacy-inbox.xhtml", new Expected(Set.of("pharmacist"), "Pharmacy inbox")));

    @Test
    void eachRoleOpensItsPagesAndIsRefusedTheOthers() {
        for (String role : List.of("doctor", "supervisor", "kyc-officer", "pharmacist", "admin")) {
            ConsolePeople.Person person = people.loggedIn(role);
            Page page = person.page();
            for (Map.Entry<String, Expected> entry : PAGES.entrySet()) {
                Response response = page.navigate(people.consoleUrl(entry.getKey()));
                if (entry.getValue().roles().contains(role)) {
                    assertThat(response.status()).as(role + " " + entry.getKey()).isEqualTo(200);
                    assertThat(page.textContent("#page-title")).as(role + " " + entry.getKey()).isEqualTo(entry.getValue().title());
                    assertThat(page.content()).as("no stack trace").doesNotContain("Caused by", "at org.", "at jakarta.")
                            .doesNotContainPattern("\\.java:\\d+\\)");
                } else {
                    assertThat(response.status()).as(role + " " + entry.getKey()).isEqualTo(403);
                    assertThat(page.textContent("#error-title")).as(role + " " + entry.getKey()).isEqualTo("Not for your role");
                    assertThat(page.content()).as(role + " " + entry.getKey()).doesNotContain("#{", "nav-people");
                }
            }
            if (!role.equals("doctor")) {
                page.navigate(people.consoleUrl("index.xhtml"));
                List<String> menu = page.locator("nav.side-nav a").allTextContents();
                long expected = PAGES.entrySet().stream().filter(e -> e.getValue().roles().contains(role))
                        .filter(e -> !e.getKey().equals("device.xhtml")).count();
                assertThat(menu).as(role + "'s menu").hasSize((int) expected);
                if (role.equals("supervisor")) {
                    page.navigate(people.consoleUrl("assignments.xhtml"));
                    page.screenshot(new Page.ScreenshotOptions().setPath(ConsolePeople.screenshot("console-supervisor-assignments.png")));
                }
            } else {
                page.screenshot(new Page.ScreenshotOptions().setPath(ConsolePeople.screenshot("console-refused.png")));
            }
            person.context().close();
        }
    }

    @Test
    void anUnknownPageIsNotFoundAndAFailureShowsNoStackTrace() {
        ConsolePeople.Person admin = people.loggedIn("admin");
        Page page = admin.page();

        Response missing = page.navigate(people.consoleUrl("no-such-page.xhtml"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(page.textContent("#error-title")).isEqualTo("No such page");

        Response template = page.navigate(people.consoleUrl("WEB-INF/templates/console.xhtml"));
        assertThat(template.status()).isEqualTo(404);

        // a view parameter the page cannot use: the page says so, nothing breaks
        Response device = page.navigate(people.consoleUrl("device.xhtml?id=%3Cscript%3Ealert(1)%3C/script%3E"));
        assertThat(device.status()).isEqualTo(200);
        assertThat(page.textContent("#no-device")).contains("No device");
        assertThat(page.content()).doesNotContain("<script>alert(1)</script>", "Caused by", "at org.").doesNotContainPattern("\\.java:\\d+\\)");
        admin.context().close();
    }
}
