package org.vigil.it.support;

import java.io.BufferedReader;
import java.io.IOException;

/** What a relying-party script (it/src/test/node) prints: lines that start with a keyword, among the library's own output. */
public final class ScriptLines {

    private ScriptLines() {
    }

    /** The rest of the next line that starts with the prefix; everything the script printed before it, on failure. */
    public static String expect(BufferedReader out, String prefix) throws IOException {
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("openid-client ended without " + prefix.strip() + ":\n" + seen);
    }
}
