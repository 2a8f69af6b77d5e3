package org.vigil.stats.application;

import jakarta.ejb.Local;

/** Gateways, stations and KYC terminals report their health here, each with its own device token. */
@Local
public interface HealthIngest {

    /**
     * Stores the report as the device's latest state and adds its figures to their minutes.
     *
     * @throws StatsRefusal 403 for a caller that is not a device client, 400 for a report out of range
     */
    void report(DeviceCaller caller, HealthReportInput report);
}
