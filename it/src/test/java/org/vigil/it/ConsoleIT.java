package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.it.support.ConsolePeople;
import org.vigil.it.support.Http;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * The console ({@code /admin}) in Debian's Chromium: people log in through Vigil's own login page,
 * their CLI authenticator approving, and do their role's main task.
 */
@Tag("once")
@ExtendWith(VigilServerExtension.class)
class ConsoleIT {

    @TempDir
    static Path home;

    static ConsolePeople people;

    @BeforeAll
    static void browser(WildFlyServer server, MailCatcher mail) {
        people = new ConsolePeople(server, mail, home);
    }

    @AfterAll
    static void close() {
        if (people != null) {
            people.close();
        }
    }

    @Test
    void nothingAnswersWithoutASession(WildFlyServer server) {
        HttpResponse<String> page = Http.get(server.baseUrl().resolve("admin/people.xhtml"));

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .contains("/oidc/authorize").contains("client_id=vigil-console")
                .contains("redirect_uri=" + java.net.URLEncoder.encode(server.baseUrl().resolve("admin/").toString(), java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(page.body()).doesNotContain("Vigil console");
    }

    @Test
    void anAdminLogsInAndSeesTheOverview() {
        ConsolePeople.Person admin = people.loggedIn("admin");
        Page page = admin.page();

        assertThat(page.textContent("#page-title")).isEqualTo("Overview");
        assertThat(page.textContent("#user-roles")).contains("admin");
        assertThat(page.isVisible("#nav-people")).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(ConsolePeople.screenshot("console-overview.png")));
    }
}
