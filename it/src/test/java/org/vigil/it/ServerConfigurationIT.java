package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.ManagementCli;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/** The running server has what wildfly-config's scripts promise, read back from its management model. */
@ExtendWith(VigilServerExtension.class)
class ServerConfigurationIT {

    private static final String MESSAGING = "/subsystem=messaging-activemq/server=default";

    @Test
    void theDatasourceReachesTheConfiguredDatabase(WildFlyServer server) {
        String output = ManagementCli.run(server, "/subsystem=datasources/data-source=VigilDS:test-connection-in-pool");

        assertThat(output).contains("\"outcome\" => \"success\"").contains("true");
    }

    @Test
    void vigilQueuesAreDurableAndDeadLetterAfterDelayedRedeliveries(WildFlyServer server) {
        for (String queue : new String[] {"vigil.push", "vigil.prescriptions"}) {
            assertThat(ManagementCli.run(server, MESSAGING + "/jms-queue=" + queue + ":read-attribute(name=durable)"))
                    .contains("\"result\" => true");
            assertThat(ManagementCli.run(server, MESSAGING + "/address-setting=jms.queue." + queue + ":read-resource"))
                    .contains("\"dead-letter-address\" => \"jms.queue.vigil.dead-letters\"")
                    .contains("\"redelivery-delay\" => 2000L")
                    .contains("\"max-delivery-attempts\" => 6");
        }
        assertThat(ManagementCli.run(server, MESSAGING + ":read-attribute(name=persistence-enabled)")).contains("\"result\" => true");
    }

    @Test
    void transactionsACrashLeftInDoubtAreRecoveredEveryTwentySeconds(WildFlyServer server) {
        String output = ManagementCli.run(server, "/system-property=com.arjuna.ats.arjuna.common.RecoveryEnvironmentBean.periodicRecoveryPeriod"
                + ":read-attribute(name=value, resolve-expressions=true)");

        assertThat(output).contains("\"result\" => \"20\"");
    }

    @Test
    void protocolStateHasItsOwnLocalCacheContainer(WildFlyServer server) {
        String output = ManagementCli.run(server, "/subsystem=infinispan/cache-container=vigil:read-resource(recursive=true)");

        assertThat(output).contains("\"default-cache\" => \"protocol-state\"").contains("\"local-cache\" => {");
    }
}
