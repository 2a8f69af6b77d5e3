package org.vigil.it.support;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium emulating a phone (Pixel 7 viewport, touch, mobile user agent) with the app at
 * {@code /app} open in it; a desktop context of the same browser plays the person's computer. The
 * phone's camera is Chromium's fake one, filming whatever still {@link #camera()} is given.
 */
public final class PhoneApp implements AutoCloseable {

    private static final String MOBILE_AGENT = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36";

    private final WildFlyServer server;
    private final Playwright playwright;
    private final Browser browser;
    private final FakeCamera camera;

    public PhoneApp(WildFlyServer server) {
        this.server = server;
        this.camera = new FakeCamera(Path.of("target", "fake-camera"));
        this.playwright = Playwright.create(new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                .setExecutablePath(Path.of("/usr/bin/chromium"))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        // a camera that films the test's still, and no prompt for it (the phone's context is granted the camera too)
                        "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                        "--use-file-for-fake-video-capture=" + camera.file().toAbsolutePath())));
    }

    /** A fresh phone (its own storage: no key, no service worker yet). */
    public BrowserContext phone() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(412, 915).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true).setUserAgent(MOBILE_AGENT).setLocale("en-GB").setPermissions(List.of("camera")));
    }

    /** What the phone's camera films. */
    public FakeCamera camera() {
        return camera;
    }

    /** The person's computer. */
    public BrowserContext desktop() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860));
    }

    /** Opens the app in a new page of the context. */
    public Page open(BrowserContext context) {
        Page page = context.newPage();
        page.navigate(url());
        return page;
    }

    public String url() {
        return server.baseUrl().resolve("app/").toString();
    }

    /** Saves a screenshot of the page under target/screenshots ({@code docs/screenshots} gets copies of the main ones). */
    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(ConsolePeople.screenshot(name)));
    }

    /** The same, of the whole page as one scrolls it (a signature request with its pages is taller than the screen). */
    public static void fullPageScreenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(ConsolePeople.screenshot(name)).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
