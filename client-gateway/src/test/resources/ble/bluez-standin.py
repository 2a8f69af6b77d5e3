#!/usr/bin/python3
"""A BlueZ stand-in for the gateway's BLE tests, on the bus named by DBUS_SYSTEM_BUS_ADDRESS.

Starts python-dbusmock's bluez5 template, patches what the template lacks (Connect does not
set Connected; no GATT objects), then obeys one command per line on stdin and answers
"ok ..." or "error ..." on stdout:

  adapter NAME                          add adapter /org/bluez/NAME
  device ADAPTER ADDRESS NAME           add a device (not connected)
  gatt ADAPTER ADDRESS SERVICE_UUID CHAR_UUID [CHAR_UUID...]
                                        add a service with characteristics (notify, read)
  value ADAPTER ADDRESS CHAR_UUID HEX   set a characteristic's value: a notification
  drop ADAPTER ADDRESS                  the device walks away: Connected false, ServicesResolved false
  calls ADAPTER ADDRESS METHOD          how often METHOD was called on the device
  notifying ADAPTER ADDRESS CHAR_UUID   whether the characteristic is notifying
"""
import subprocess
import sys
import time

import dbus

BLUEZ = 'org.bluez'
MOCK = 'org.freedesktop.DBus.Mock'
DEVICE = 'org.bluez.Device1'
SERVICE = 'org.bluez.GattService1'
CHARACTERISTIC = 'org.bluez.GattCharacteristic1'

CONNECT = (
    "self.UpdateProperties('org.bluez.Device1', {'Connected': dbus.Boolean(True), 'ServicesResolved': dbus.Boolean(True)})\n"
    "self.connected = True")
DISCONNECT = (
    "self.UpdateProperties('org.bluez.Device1', {'Connected': dbus.Boolean(False), 'ServicesResolved': dbus.Boolean(False)})\n"
    "self.connected = False")
START_NOTIFY = "self.UpdateProperties('org.bluez.GattCharacteristic1', {'Notifying': dbus.Boolean(True)})"
STOP_NOTIFY = "self.UpdateProperties('org.bluez.GattCharacteristic1', {'Notifying': dbus.Boolean(False)})"
READ_VALUE = "ret = self.Get('org.bluez.GattCharacteristic1', 'Value')"


def device_path(adapter, address):
    return '/org/bluez/%s/dev_%s' % (adapter, address.replace(':', '_').upper())


class StandIn:
    def __init__(self):
        self.server = subprocess.Popen([sys.executable, '-m', 'dbusmock', '--system', '-t', 'bluez5'],
                                     stdout=subprocess.DEVNULL, stderr=sys.stderr)
        self.bus = dbus.SystemBus()
        deadline = time.monotonic() + 20
        while BLUEZ not in self.bus.list_names():
            if self.server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError('python-dbusmock bluez5 did not start')
            time.sleep(0.05)
        self.bluez = dbus.Interface(self.bus.get_object(BLUEZ, '/org/bluez'), 'org.bluez.Mock')
        self.characteristics = {}

    def mock_of(self, path):
        return dbus.Interface(self.bus.get_object(BLUEZ, path), MOCK)

    def adapter(self, name):
        self.bluez.AddAdapter(name, 'vigil-test')
        return '/org/bluez/' + name

    def device(self, adapter, address, name):
        path = self.bluez.AddDevice(adapter, address, name)
        device = self.mock_of(path)
        device.AddMethod(DEVICE, 'Connect', '', '', CONNECT)
        device.AddMethod(DEVICE, 'Disconnect', '', '', DISCONNECT)
        return path

    def gatt(self, adapter, address, service_uuid, *char_uuids):
        dev = device_path(adapter, address)
        root = self.mock_of(dev)
        service = '%s/service%04x' % (dev, len(self.characteristics) + 1)
        root.AddObject(service, SERVICE, {
            'UUID': dbus.String(service_uuid), 'Primary': dbus.Boolean(True), 'Device': dbus.ObjectPath(dev),
            'Includes': dbus.Array([], signature='o'),
        }, [])
        for i, uuid in enumerate(char_uuids):
            path = '%s/char%04x' % (service, i + 1)
            root.AddObject(path, CHARACTERISTIC, {
                'UUID': dbus.String(uuid), 'Service': dbus.ObjectPath(service),
                'Value': dbus.Array([], signature='y'), 'Notifying': dbus.Boolean(False),
                'Flags': dbus.Array(['read', 'notify', 'indicate'], signature='s'),
            }, [
                ('ReadValue', 'a{sv}', 'ay', READ_VALUE),
                ('WriteValue', 'aya{sv}', '', ''),
                ('StartNotify', '', '', START_NOTIFY),
                ('StopNotify', '', '', STOP_NOTIFY),
            ])
            self.characteristics[(dev, uuid.lower())] = path
        uuids = dbus.Array([service_uuid], signature='s')
        root.UpdateProperties(DEVICE, {'UUIDs': uuids})
        return service

    def value(self, adapter, address, uuid, hex_value):
        path = self.characteristics[(device_path(adapter, address), uuid.lower())]
        value = dbus.Array([dbus.Byte(b) for b in bytes.fromhex(hex_value)], signature='y')
        self.mock_of(path).UpdateProperties(CHARACTERISTIC, {'Value': value})
        return path

    def drop(self, adapter, address):
        self.mock_of(device_path(adapter, address)).UpdateProperties(DEVICE, {
            'Connected': dbus.Boolean(False), 'ServicesResolved': dbus.Boolean(False)})
        return 'dropped'

    def calls(self, adapter, address, method):
        return str(len(self.mock_of(device_path(adapter, address)).GetMethodCalls(method)))

    def notifying(self, adapter, address, uuid):
        path = self.characteristics[(device_path(adapter, address), uuid.lower())]
        props = dbus.Interface(self.bus.get_object(BLUEZ, path), 'org.freedesktop.DBus.Properties')
        return str(bool(props.Get(CHARACTERISTIC, 'Notifying'))).lower()


def main():
    stand_in = StandIn()
    print('ready', flush=True)
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        try:
            answer = getattr(stand_in, words[0])(*words[1:])
            print('ok', answer, flush=True)
        except Exception as e:  # the test reads the error and fails with it
            print('error', type(e).__name__, str(e).replace('\n', ' '), flush=True)
    stand_in.server.terminate()
    stand_in.server.wait(10)


if __name__ == '__main__':
    main()
