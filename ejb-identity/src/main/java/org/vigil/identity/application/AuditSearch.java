package org.vigil.identity.application;

import java.util.List;

import jakarta.ejb.Local;

/** Reading the audit trail back, newest first. Callers authorize and record the search itself. */
@Local
public interface AuditSearch {

    List<AuditRecord> search(AuditQuery query);
}
