package org.vigil.it.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A benchmark's section of docs/BENCHMARKS.md whose table has one row per database: a run on H2
 * replaces the section's text and its own row and keeps PostgreSQL's, and the other way round.
 * The section moves to the end of the file.
 */
final class PerDatabaseSection {

    private PerDatabaseSection() {
    }

    /** @param textAndTableHeader everything between the heading and the rows, ending with the table's separator line */
    static void write(Path report, String heading, String database, String row, String textAndTableHeader) throws IOException {
        String existing = Files.exists(report) ? Files.readString(report) : "# Benchmarks\n\n";
        List<String> rows = new ArrayList<>();
        int start = existing.indexOf(heading);
        if (start >= 0) {
            int next = existing.indexOf("\n## ", start + 1);
            String old = existing.substring(start, next < 0 ? existing.length() : next + 1);
            old.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| database") && !textAndTableHeader.contains(l) && !l.startsWith("| " + database + " "))
                    .forEach(rows::add);
            existing = existing.substring(0, start) + (next < 0 ? "" : existing.substring(next + 1));
        }
        rows.add(row);
        Collections.sort(rows);
        StringBuilder section = new StringBuilder(heading).append("\n\n").append(textAndTableHeader);
        rows.forEach(r -> section.append(r).append('\n'));
        Files.writeString(report, existing.stripTrailing() + "\n\n" + section);
        System.out.println(section);
    }
}
