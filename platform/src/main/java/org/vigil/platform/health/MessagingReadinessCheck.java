package org.vigil.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the broker accepts connections and Vigil's queues exist on it. */
@Readiness
@ApplicationScoped
public class MessagingReadinessCheck implements HealthCheck {

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/queue/vigil/push")
    Queue push;

    @Resource(lookup = "java:/jms/queue/vigil/prescriptions")
    Queue prescriptions;

    @Resource(lookup = "java:/jms/queue/vigil/dead-letters")
    Queue deadLetters;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("messaging");
        try (JMSContext jms = connectionFactory.createContext()) {
            for (Queue queue : new Queue[] {push, prescriptions, deadLetters}) {
                try (QueueBrowser browser = jms.createBrowser(queue)) {
                    response.withData(queue.getQueueName(), browser.getEnumeration().hasMoreElements() ? "messages waiting" : "empty");
                }
            }
            return response.up().build();
        } catch (JMSRuntimeException | jakarta.jms.JMSException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
