package org.vigil.stats.application;

import jakarta.ejb.Local;

@Local
public interface SystemInfoService {

    SystemInfo describe();
}
