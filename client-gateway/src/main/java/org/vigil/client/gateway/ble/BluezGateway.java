package org.vigil.client.gateway.ble;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.github.hypfvieh.bluetooth.DeviceManager;
import com.github.hypfvieh.bluetooth.wrapper.BluetoothAdapter;
import com.github.hypfvieh.bluetooth.wrapper.BluetoothDevice;
import com.github.hypfvieh.bluetooth.wrapper.BluetoothGattCharacteristic;
import com.github.hypfvieh.bluetooth.wrapper.BluetoothGattService;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.handlers.AbstractPropertiesChangedHandler;
import org.freedesktop.dbus.interfaces.Properties.PropertiesChanged;
import org.freedesktop.dbus.types.Variant;
import org.vigil.client.gateway.gatt.CurrentTimeParser;
import org.vigil.client.gateway.gatt.GattParseException;
import org.vigil.client.gateway.gatt.MeasurementCharacteristic;
import org.vigil.client.gateway.intake.GattIntake;
import org.vigil.client.gateway.outbox.OutboxFullException;

/**
 * The patient's BLE devices through BlueZ over D-Bus: finds them (LE discovery), connects,
 * reads their clock (Current Time) and battery, subscribes to every measurement characteristic,
 * and hands each value to the {@link GattIntake}. A device that walks away (Connected turns
 * false) is connected again by the periodic check once it is back in range.
 *
 * <p>BlueZ confirms an indication to the device itself, before the value reaches the gateway
 * over D-Bus; the gateway cannot hold that confirmation back until the value is stored. The
 * window is the time between bluetoothd's confirmation and the outbox's fsync, a few
 * milliseconds in which only a crash of the gateway process loses a measurement.
 */
public final class BluezGateway implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(BluezGateway.class.getName());
    private static final String DEVICE_INTERFACE = "org.bluez.Device1";
    private static final String CHARACTERISTIC_INTERFACE = "org.bluez.GattCharacteristic1";

    private final BleSettings settings;
    private final GattIntake intake;
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final Set<String> connected = ConcurrentHashMap.newKeySet();
    private final Map<String, String> devicePaths = new ConcurrentHashMap<>();
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "ble-check"));
    private DeviceManager manager;
    private AbstractPropertiesChangedHandler handler;

    public BluezGateway(BleSettings settings, GattIntake intake) {
        this.settings = settings;
        this.intake = intake;
    }

    /** Connects to BlueZ and starts the periodic check, which connects whatever is missing. */
    public synchronized void start() throws DBusException {
        manager = settings.busAddress().isPresent()
                ? DeviceManager.createInstance(settings.busAddress().get())
                : DeviceManager.createInstance(false);
        handler = new AbstractPropertiesChangedHandler() {
            @Override
            public void handle(PropertiesChanged signal) {
                onPropertiesChanged(signal.getPath(), signal.getInterfaceName(), signal.getPropertiesChanged());
            }
        };
        manager.registerPropertyHandler(handler);
        checks.scheduleWithFixedDelay(this::checkSafely, 0, settings.checkEvery().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Addresses of the patient's devices connected and subscribed now. */
    public Set<String> connectedDevices() {
        return Set.copyOf(connected);
    }

    @Override
    public synchronized void close() {
        checks.shutdownNow();
        try {
            checks.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (manager != null) {
            try {
                manager.unRegisterPropertyHandler(handler);
            } catch (DBusException e) {
                LOG.log(System.Logger.Level.DEBUG, "could not unregister the property handler", e);
            }
            manager.closeConnection();
        }
    }

    private void checkSafely() {
        try {
            check();
        } catch (RuntimeException e) {
            // BlueZ restarting, the adapter unplugged: try again at the next check
            LOG.log(System.Logger.Level.WARNING, "BLE check failed: " + e, e);
        }
    }

    /** Every wanted device that is not connected: discover if BlueZ does not know it, connect, subscribe. */
    synchronized void check() {
        if (connected.containsAll(settings.devices())) {
            return;
        }
        BluetoothAdapter adapter = settings.adapter().map(manager::getAdapter).orElseGet(manager::getAdapter);
        if (adapter == null) {
            LOG.log(System.Logger.Level.WARNING, "no Bluetooth adapter");
            return;
        }
        List<BluetoothDevice> known = wanted(manager.getDevices(adapter.getAddress(), true));
        if (known.size() < settings.devices().size()) {
            known = wanted(discover(adapter));
        }
        for (BluetoothDevice device : known) {
            String address = address(device);
            if (!connected.contains(address)) {
                connect(device);
            }
        }
    }

    private List<BluetoothDevice> discover(BluetoothAdapter adapter) {
        try {
            // LE only: health devices are Bluetooth Low Energy, and a filter is what BlueZ wants before discovery
            adapter.setDiscoveryFilter(Map.of("Transport", new Variant<>("le")));
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "discovery filter refused: " + e);
        }
        return manager.scanForBluetoothDevices(adapter.getAddress(), (int) settings.scanFor().toMillis());
    }

    private List<BluetoothDevice> wanted(List<BluetoothDevice> devices) {
        List<BluetoothDevice> wanted = new ArrayList<>();
        for (BluetoothDevice d : devices == null ? List.<BluetoothDevice>of() : devices) {
            if (settings.devices().contains(address(d))) {
                wanted.add(d);
            }
        }
        return wanted;
    }

    private void connect(BluetoothDevice device) {
        String address = address(device);
        if (!Boolean.TRUE.equals(device.isConnected()) && !device.connect()) {
            LOG.log(System.Logger.Level.INFO, "{0} did not connect; trying again later", address);
            return;
        }
        device.refreshGattServices();
        int subscribed = 0;
        for (BluetoothGattService service : device.getGattServices()) {
            for (BluetoothGattCharacteristic c : service.getGattCharacteristics()) {
                subscribed += subscribe(address, c) ? 1 : 0;
            }
        }
        devicePaths.put(device.getDbusPath(), address);
        connected.add(address);
        LOG.log(System.Logger.Level.INFO, "{0} connected, {1} characteristic(s) subscribed", address, subscribed);
    }

    private boolean subscribe(String address, BluetoothGattCharacteristic c) {
        UUID uuid = UUID.fromString(c.getUuid().toLowerCase(Locale.ROOT));
        try {
            if (uuid.equals(CurrentTimeParser.CHARACTERISTIC)) {
                intake.currentTime(address, c.readValue(Map.of()));
                return false;
            }
            Optional<MeasurementCharacteristic> known = MeasurementCharacteristic.of(uuid);
            if (known.isEmpty()) {
                return false;
            }
            subscriptions.put(c.getDbusPath(), new Subscription(c.getDbusPath(), address, uuid));
            if (known.get() == MeasurementCharacteristic.BATTERY_LEVEL) {
                deliver(subscriptions.get(c.getDbusPath()), c.readValue(Map.of()));
            }
            if (!Boolean.TRUE.equals(c.isNotifying())) {
                c.startNotify();
            }
            return true;
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "{0}: cannot use characteristic {1}: {2}", address, uuid, e.toString());
            return false;
        }
    }

    private void onPropertiesChanged(String path, String iface, Map<String, Variant<?>> changed) {
        if (CHARACTERISTIC_INTERFACE.equals(iface) && changed.containsKey("Value")) {
            Subscription subscription = subscriptions.get(path);
            if (subscription != null) {
                deliver(subscription, GattValues.bytes(changed.get("Value").getValue()));
            }
        } else if (DEVICE_INTERFACE.equals(iface) && changed.containsKey("Connected")
                && Boolean.FALSE.equals(changed.get("Connected").getValue())) {
            String address = devicePaths.get(path);
            if (address != null) {
                lost(address);
            }
        }
    }

    private void lost(String address) {
        if (connected.remove(address)) {
            subscriptions.values().removeIf(s -> s.device().equals(address));
            LOG.log(System.Logger.Level.INFO, "{0} went away; reconnecting when it is back", address);
        }
    }

    private void deliver(Subscription subscription, byte[] value) {
        try {
            intake.receive(subscription.device(), subscription.characteristic(), value);
        } catch (GattParseException e) {
            LOG.log(System.Logger.Level.WARNING, "{0}: malformed value dropped: {1}", subscription.device(), e.getMessage());
        } catch (OutboxFullException e) {
            LOG.log(System.Logger.Level.ERROR, "{0}: measurement not stored: {1}", subscription.device(), e.getMessage());
        }
    }

    private static String address(BluetoothDevice d) {
        return d.getAddress().toUpperCase(Locale.ROOT);
    }
}
