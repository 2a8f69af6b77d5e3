package org.vigil.push.websocket;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

/**
 * The devices connected to this node's {@code /ws/push}, by authenticator id. A device may hold
 * more than one connection (a reconnect racing the old one's close); each gets every message.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeviceSessions {

    private final Map<String, Set<DeviceConnection>> byDevice = new ConcurrentHashMap<>();

    public void add(String authenticatorId, DeviceConnection connection) {
        byDevice.computeIfAbsent(authenticatorId, k -> ConcurrentHashMap.newKeySet()).add(connection);
    }

    public void remove(String authenticatorId, DeviceConnection connection) {
        byDevice.computeIfPresent(authenticatorId, (k, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }

    public List<DeviceConnection> of(String authenticatorId) {
        return List.copyOf(byDevice.getOrDefault(authenticatorId, Set.of()));
    }

    public int count() {
        return byDevice.values().stream().mapToInt(Set::size).sum();
    }
}
