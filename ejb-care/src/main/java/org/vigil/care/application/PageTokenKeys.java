package org.vigil.care.application;

import jakarta.ejb.Local;

import org.vigil.care.domain.series.CursorCodec;

/** The codec of page tokens, with the key every node shares. */
@Local
public interface PageTokenKeys {

    CursorCodec codec();
}
