package org.vigil.push.delivery;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The channels this server delivers through: every {@link PushChannel} bean that is enabled. */
@ApplicationScoped
public class PushChannels {

    @Inject
    @Any
    Instance<PushChannel> all;

    public List<PushChannel> enabled() {
        return all.stream().filter(c -> !(c instanceof OptionalChannel o) || o.enabled()).toList();
    }

    public Optional<PushChannel> named(String name) {
        return enabled().stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
