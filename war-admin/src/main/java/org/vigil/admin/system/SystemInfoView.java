package org.vigil.admin.system;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.vigil.stats.application.SystemInfo;
import org.vigil.stats.application.SystemInfoService;

/**
 * The console's front page: which Vigil runs here and on what. Jakarta EL 5 reads bean
 * getters, not record accessors, hence the getters.
 */
@Named
@RequestScoped
public class SystemInfoView {

    @EJB
    SystemInfoService systemInfoService;

    private SystemInfo info;

    private SystemInfo info() {
        if (info == null) {
            info = systemInfoService.describe();
        }
        return info;
    }

    public String getVersion() {
        return info().version();
    }

    public String getBuildTime() {
        return String.valueOf(info().buildTime());
    }

    public String getDatabase() {
        return info().database() + " " + info().databaseVersion();
    }

    public String getNode() {
        return info().node();
    }

    public String getStartedAt() {
        return String.valueOf(info().startedAt());
    }
}
