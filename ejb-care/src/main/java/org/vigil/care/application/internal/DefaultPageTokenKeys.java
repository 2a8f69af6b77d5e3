package org.vigil.care.application.internal;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.vigil.care.application.PageTokenKeys;
import org.vigil.care.domain.series.CursorCodec;
import org.vigil.care.infrastructure.jdbc.JdbcPageTokenKey;

/** Loads (or, the first time, creates) the key once per node, in a transaction of its own. */
@Singleton
@Lock(LockType.READ)
public class DefaultPageTokenKeys implements PageTokenKeys {

    @Resource(lookup = "java:jboss/datasources/VigilDS")
    DataSource dataSource;

    private volatile CursorCodec codec;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CursorCodec codec() {
        CursorCodec loaded = codec;
        if (loaded == null) {
            synchronized (this) {
                if (codec == null) {
                    codec = new CursorCodec(new JdbcPageTokenKey(dataSource).loadOrCreate());
                }
                loaded = codec;
            }
        }
        return loaded;
    }
}
