import WebSocket from 'ws';
import type { VigilDevice } from './device.js';

/** One push message (docs/push-protocol.md): kind approval-request, signing-request or app-message. */
export interface PushMessage {
  id: string;
  kind: string;
  payload: any;
  expiresAt?: string;
}

/**
 * A device's open /ws/push connection: authenticates with a device assertion, hands each message
 * to the handler once (delivery is at least once, so repeats are dropped by id) and acknowledges
 * it after the handler returned (a handler that throws leaves it unacknowledged, so it comes again). It does not reconnect: open a new one when {@link closed} settles.
 */
export class VigilPushConnection {
  private readonly seen = new Set<string>();
  private readonly socket: WebSocket;
  private readonly pinger: NodeJS.Timeout;
  /** What the handler threw last (that message was not acknowledged, so it comes again). */
  lastError: unknown;
  /** Settles with the reason when the connection ends. */
  readonly closed: Promise<string>;

  private constructor(socket: WebSocket, handler: (message: PushMessage) => void | Promise<void>) {
    this.socket = socket;
    this.pinger = setInterval(() => socket.ping(), 30_000);
    this.closed = new Promise((resolve) => socket.on('close', (code, reason) => {
      clearInterval(this.pinger);
      resolve(`${code} ${reason.toString()}`);
    }));
    socket.on('message', async (data) => {
      const frame = JSON.parse(data.toString());
      if (frame.type !== 'message' || this.seen.has(frame.id)) return;
      this.seen.add(frame.id);
      try {
        await handler({ id: frame.id, kind: frame.kind, payload: frame.payload, expiresAt: frame.expiresAt });
      } catch (e) {
        // not acknowledged: the server sends it again after its ack timeout
        this.seen.delete(frame.id);
        this.lastError = e;
        return;
      }
      socket.send(JSON.stringify({ type: 'ack', id: frame.id }));
    });
  }

  /** Opens the connection; resolves once the server accepted the device, rejects with the server's reason otherwise. */
  static open(device: VigilDevice, handler: (message: PushMessage) => void | Promise<void>): Promise<VigilPushConnection> {
    const socket = new WebSocket(device.issuer.replace(/^http/, 'ws') + '/ws/push');
    return new Promise((resolve, reject) => {
      const refuse = (reason: string) => {
        reject(new Error(`push connection refused: ${reason}`));
        socket.terminate();
      };
      socket.once('error', (e) => refuse(e.message));
      socket.once('close', (code, reason) => refuse(`${code} ${reason.toString()}`));
      socket.once('open', async () => {
        socket.send(JSON.stringify({ type: 'authenticate', assertion: await device.assertion('GET', `${device.issuer}/ws/push`) }));
      });
      socket.once('message', (data) => {
        const frame = JSON.parse(data.toString());
        socket.removeAllListeners('error').removeAllListeners('close');
        if (frame.type === 'ready') {
          resolve(new VigilPushConnection(socket, handler));
        } else {
          refuse(frame.detail ?? data.toString());
        }
      });
    });
  }

  close(): void {
    clearInterval(this.pinger);
    this.socket.close(1000);
  }
}
