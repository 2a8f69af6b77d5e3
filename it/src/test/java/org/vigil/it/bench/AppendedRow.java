package org.vigil.it.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A benchmark run added as a row to its section's first table in docs/BENCHMARKS.md, below the
 * rows already there; the section's hand-written text and its other tables stay as they are. A
 * missing section is added at the end with the given text and table header.
 */
final class AppendedRow {

    private AppendedRow() {
    }

    /** @param textAndTableHeader for a new section: everything between the heading and the rows, ending with the table's separator line */
    static void write(Path report, String heading, String row, String textAndTableHeader) throws IOException {
        String existing = Files.exists(report) ? Files.readString(report) : "# Benchmarks\n\n";
        int start = existing.indexOf(heading + "\n");
        String updated;
        if (start < 0) {
            updated = existing.stripTrailing() + "\n\n" + heading + "\n\n" + textAndTableHeader + row + "\n";
        } else {
            int end = existing.indexOf("\n## ", start + 1);
            end = end < 0 ? existing.length() : end + 1;
            int table = existing.indexOf("\n|", start);
            if (table < 0 || table >= end) {
                throw new IllegalStateException("the section " + heading + " has no table to add the row to");
            }
            int after = table + 1;
            while (after < end && existing.startsWith("|", after)) {
                int eol = existing.indexOf('\n', after);
                after = eol < 0 ? existing.length() : eol + 1;
            }
            String before = existing.substring(0, after);
            updated = before + (before.endsWith("\n") ? "" : "\n") + row + "\n" + existing.substring(after);
        }
        Files.writeString(report, updated);
        System.out.println(row);
    }
}
