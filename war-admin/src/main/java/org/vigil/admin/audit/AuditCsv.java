package org.vigil.admin.audit;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The audit trail as CSV (RFC 4180, CRLF line ends, a header row). A cell a spreadsheet would
 * run as a formula (starting with {@code = + - @}, a tab or a carriage return) is prefixed with
 * an apostrophe, so exporting someone's crafted name cannot execute anything.
 */
public final class AuditCsv {

    static final String HEADER = "occurred_at,source,actor,action,target,outcome,client_address,details";

    private AuditCsv() {
    }

    public static String of(List<AuditRow> rows) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (AuditRow r : rows) {
            csv.append(Stream.of(r.at().toString(), r.source().name().toLowerCase().replace('_', '-'), r.actor(), r.action(), r.target(),
                    r.outcome(), r.clientAddress(), r.details()).map(AuditCsv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
