package org.vigil.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * People of the console's tests: each signed up at KYC level 1 with a CLI authenticator of their
 * own, given roles through the admin API, and logged in to {@code /admin} in a browser context of
 * their own through Vigil's login page, the CLI approving on their "device".
 */
public final class ConsolePeople implements AutoCloseable {

    private final WildFlyServer server;
    private final MailCatcher mail;
    private final Path home;
    private final Playwright playwright;
    private final Browser browser;

    /** Someone logged in to the console: their account, email, and the page their browser shows. */
    public record Person(String accountId, String email, BrowserContext context, Page page) {
    }

    public ConsolePeople(WildFlyServer server, MailCatcher mail, Path home) {
        this.server = server;
        this.mail = mail;
        this.home = home;
        this.playwright = Playwright.create(new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                .setExecutablePath(Path.of("/usr/bin/chromium"))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /** Someone signed up with a CLI authenticator of their own, not logged in anywhere yet. */
    public record Member(String accountId, String email, AuthenticatorCli cli) {
    }

    /** A new person with these roles, logged in: their page shows the console's overview, or the refusal. */
    public Person loggedIn(String... roles) {
        return logIn(signedUp(roles));
    }

    /** A new person with these roles (granted through the admin API) and an enrolled CLI authenticator. */
    public Member signedUp(String... roles) {
        SignUps.Person person = SignUps.Person.random();
        SignUps.Account account = SignUps.level1Account(server, mail, person);
        Oidc oidc = new Oidc(server);
        for (String role : roles) {
            HttpResponse<String> granted = oidc.browserSend(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/api/v1/admin/accounts/"
                    + account.id() + "/roles/" + role)).PUT(HttpRequest.BodyPublishers.noBody())
                    .header("Authorization", "Bearer " + oidc.adminToken()));
            assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        }
        AuthenticatorCli cli = new AuthenticatorCli(dir(account.id()));
        AuthenticatorCli.Run enrolled = cli.run("enroll", "--server", oidc.issuer(), "--code", account.enrollmentCode(), "--name", "cli");
        assertThat(enrolled.exitCode()).as(enrolled.output()).isZero();
        return new Member(account.id(), person.email(), cli);
    }

    /**
     * The member logs in to {@code /admin} in a browser context of their own, through Vigil's login page, their CLI approving;
     * the page shows the console, or an error page ({@code #error-title}) when the console refuses them.
     */
    public Person logIn(Member member) {
        return logIn(member, new java.util.ArrayList<>());
    }

    /** The same, noting in {@code seen} every URL the browser asked for on the way (where the login led, refusals included). */
    public Person logIn(Member member, List<String> seen) {
        Oidc oidc = new Oidc(server);
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1360, 900));
        Page page = context.newPage();
        page.onRequest(request -> seen.add(request.url()));
        page.navigate(oidc.issuer() + "/admin/");
        page.waitForSelector("#login-name");
        page.fill("#login-name", member.email());
        page.click("#send");
        page.waitForSelector("#matching-code:not(:empty)");
        String matchingCode = page.textContent("#matching-code").strip();
        CompletableFuture<AuthenticatorCli.Run> approval = CompletableFuture.supplyAsync(
                () -> member.cli().run("approve-next", "--binding-message-contains", "code " + matchingCode, "--timeout", "30s"));
        assertThat(approval.join().exitCode()).as(approval.join().output()).isZero();
        page.waitForSelector("#page-title, #error-title");
        return new Person(member.accountId(), member.email(), context, page);
    }

    public String consoleUrl(String path) {
        return new Oidc(server).issuer() + "/admin/" + path;
    }

    /** Where the tests leave their screenshots ({@code docs/screenshots} gets copies of the main ones). */
    public static Path screenshot(String name) {
        return Path.of(System.getProperty("vigil.it.work", "target")).resolve("screenshots").resolve(name);
    }

    private Path dir(String accountId) {
        try {
            return Files.createDirectories(home.resolve(accountId));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
