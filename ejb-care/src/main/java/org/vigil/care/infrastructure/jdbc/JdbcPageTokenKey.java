package org.vigil.care.infrastructure.jdbc;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The HMAC key of page tokens, in the database so that every node of a cluster accepts the
 * tokens of every other: the first node to need it creates it; a node that loses that race
 * reads the winner's.
 */
public final class JdbcPageTokenKey {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataSource dataSource;

    public JdbcPageTokenKey(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public byte[] loadOrCreate() {
        try (Connection c = dataSource.getConnection()) {
            Optional<byte[]> existing = load(c);
            if (existing.isPresent()) {
                return existing.get();
            }
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO care_page_token_key (id, secret, created_at) VALUES (1, ?, ?)")) {
                ps.setString(1, Base64.getEncoder().encodeToString(key));
                ps.setObject(2, JdbcObservationStore.utc(Instant.now()));
                ps.executeUpdate();
                return key;
            } catch (SQLException lostTheRace) {
                return load(c).orElseThrow(() -> lostTheRace);
            }
        } catch (SQLException e) {
            throw new ObservationStoreException("the page token key could not be read or created", e);
        }
    }

    private static Optional<byte[]> load(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT secret FROM care_page_token_key WHERE id = 1"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(Base64.getDecoder().decode(rs.getString(1))) : Optional.empty();
        }
    }
}
