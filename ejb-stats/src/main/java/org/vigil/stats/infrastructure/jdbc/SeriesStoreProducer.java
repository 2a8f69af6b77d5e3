package org.vigil.stats.infrastructure.jdbc;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.vigil.stats.domain.series.SeriesStore;

/** The series store on Vigil's datasource (JTA: it joins the caller's transaction). */
@ApplicationScoped
public class SeriesStoreProducer {

    @Resource(lookup = "java:jboss/datasources/VigilDS")
    DataSource dataSource;

    @Produces
    SeriesStore seriesStore() {
        return new JdbcSeriesStore(dataSource);
    }
}
