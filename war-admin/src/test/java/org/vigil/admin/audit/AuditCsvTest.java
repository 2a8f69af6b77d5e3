package org.vigil.admin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void rowsBecomeRfc4180LinesWithAHeader() {
        AuditRow row = new AuditRow(UUID.randomUUID(), Instant.parse("2026-12-04T10:00:00Z"), AuditRow.Source.ACTIONS, "account:1",
                "account.role.grant", "account:2", "SUCCESS", "127.0.0.1", "nurse, \"night\" shift\nsecond line");

        String csv = AuditCsv.of(List.of(row));

        assertThat(csv).startsWith(AuditCsv.HEADER + "\r\n");
        assertThat(csv).contains("2026-12-04T10:00:00Z,actions,account:1,account.role.grant,account:2,SUCCESS,127.0.0.1,"
                + "\"nurse, \"\"night\"\" shift\nsecond line\"\r\n");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreDefused() {
        assertThat(AuditCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(AuditCsv.cell("+1")).isEqualTo("'+1");
        assertThat(AuditCsv.cell("-1")).isEqualTo("'-1");
        assertThat(AuditCsv.cell("@SUM")).isEqualTo("'@SUM");
        assertThat(AuditCsv.cell("plain")).isEqualTo("plain");
        assertThat(AuditCsv.cell(null)).isEmpty();
    }
}
