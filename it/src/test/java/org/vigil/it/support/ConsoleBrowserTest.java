package org.vigil.it.support;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A console test class's browser: one Chromium and its people (each with a CLI authenticator under
 * {@link #home}) for the whole class, on the server the run shares, closed when the class ends.
 */
@ExtendWith(VigilServerExtension.class)
public abstract class ConsoleBrowserTest {

    @TempDir
    protected static Path home;

    protected static ConsolePeople people;

    @BeforeAll
    static void browser(WildFlyServer server, MailCatcher mail) {
        people = new ConsolePeople(server, mail, home);
    }

    @AfterAll
    static void closeBrowser() {
        if (people != null) {
            people.close();
            people = null;
        }
    }
}
