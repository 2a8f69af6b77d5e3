package org.vigil.stats.application.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vigil.stats.application.BuildInfo;
import org.vigil.stats.application.SystemInfo;
import org.vigil.stats.application.SystemInfoService;
import org.vigil.stats.domain.NodeStartRepository;

@Stateless
public class DefaultSystemInfoService implements SystemInfoService {

    private static final BuildInfo BUILD = BuildInfo.load();

    @Resource(lookup = "java:jboss/datasources/VigilDS")
    DataSource dataSource;

    @Inject
    NodeStartRepository starts;

    @Override
    public SystemInfo describe() {
        String node = NodeName.current();
        Instant startedAt = starts.latest(node).map(s -> s.startedAt()).orElse(null);
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData db = c.getMetaData();
            return new SystemInfo(BUILD.version(), BUILD.buildTime(), db.getDatabaseProductName(),
                    db.getDatabaseProductVersion(), node, startedAt, starts.countFor(node));
        } catch (SQLException e) {
            throw new EJBException("cannot read the database's metadata", e);
        }
    }
}
