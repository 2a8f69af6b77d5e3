"""A device's /ws/push connection (docs/push-protocol.md), on Debian's python3-websocket."""
import json
import threading

import websocket

PING_EVERY_SECONDS = 30


class PushConnectionRefused(Exception):
    """The server did not accept the device on the push connection (its reason is the message)."""


class VigilPushConnection:
    """Hands each message (a dict: id, kind, payload, expiresAt) to the handler once, then acknowledges it.

    Delivery is at least once, so repeats are dropped by id. A handler that raises leaves the message
    unacknowledged (kept in last_error), so it comes again. It does not reconnect: open a new one
    when closed is set.
    """

    def __init__(self, socket, handler):
        self._socket = socket
        self._handler = handler
        self._seen = set()
        self.closed = threading.Event()
        self.close_reason = None
        self.last_error = None
        self._thread = threading.Thread(target=self._receive, name="vigil-push", daemon=True)
        self._thread.start()

    @classmethod
    def open(cls, device, handler, timeout_seconds=15):
        """Connects and authenticates; raises PushConnectionRefused with the server's reason if refused."""
        socket = websocket.create_connection(device.issuer.replace("http", "ws", 1) + "/ws/push", timeout=timeout_seconds)
        socket.send(json.dumps({"type": "authenticate", "assertion": device.assertion("GET", device.issuer + "/ws/push")}))
        try:
            frame = json.loads(socket.recv())
        except websocket.WebSocketException as e:
            raise PushConnectionRefused(str(e)) from None
        if frame.get("type") != "ready":
            socket.close()
            raise PushConnectionRefused(frame.get("detail", str(frame)))
        socket.settimeout(PING_EVERY_SECONDS)
        return cls(socket, handler)

    def close(self):
        self._socket.close()
        self.closed.wait(5)

    def _receive(self):
        try:
            while True:
                try:
                    data = self._socket.recv()
                except websocket.WebSocketTimeoutException:
                    self._socket.ping()
                    continue
                if not data:
                    break
                frame = json.loads(data)
                if frame.get("type") == "message" and frame["id"] not in self._seen:
                    self._seen.add(frame["id"])
                    try:
                        self._handler(frame)
                    except Exception as e:  # noqa: BLE001 - the application's handler may fail any way
                        # not acknowledged: the server sends it again after its ack timeout
                        self._seen.discard(frame["id"])
                        self.last_error = e
                        continue
                    self._socket.send(json.dumps({"type": "ack", "id": frame["id"]}))
                elif frame.get("type") == "error":
                    self.close_reason = frame.get("detail")
        except (websocket.WebSocketException, OSError) as e:
            self.close_reason = self.close_reason or str(e)
        finally:
            self.closed.set()
