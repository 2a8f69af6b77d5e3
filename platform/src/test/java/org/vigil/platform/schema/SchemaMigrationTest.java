package org.vigil.platform.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchemaMigrationTest {

    private JdbcDataSource dataSource;

    @BeforeEach
    void freshDatabase() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }

    private SchemaMigration context(String name) {
        return new SchemaMigration(dataSource, "classpath:db/migration/" + name, "schema_history_" + name,
                getClass().getClassLoader());
    }

    @Test
    void eachContextRunsItsOwnFirstMigrationEvenWhenAnotherContextCameFirst() throws SQLException {
        assertThat(context("alpha").migrate().migrationsExecuted).isEqualTo(1);
        assertThat(context("beta").migrate().migrationsExecuted).isEqualTo(2);

        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("INSERT INTO alpha_item (id, name) VALUES (1, 'a')");
            c.createStatement().execute("INSERT INTO beta_item (id, name) VALUES (1, 'b')");
        }
    }

    @Test
    void aSecondDeploymentAppliesNothing() {
        context("alpha").migrate();
        context("beta").migrate();

        assertThat(context("alpha").migrate().migrationsExecuted).isZero();
        assertThat(context("beta").migrate().migrationsExecuted).isZero();
    }

    @Test
    void aMisspelledLocationFailsInsteadOfSilentlyMigratingNothing() {
        assertThatThrownBy(() -> context("gamma").migrate()).isInstanceOf(FlywayException.class);
    }
}
