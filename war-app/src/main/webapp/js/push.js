// The push WebSocket (docs/push-protocol.md) while the app is open: authenticate with a device
// assertion, receive approval requests, acknowledge each, keep the connection alive, reconnect.
import { issuer } from './api.js';

const PING_MS = 45_000;
const MAX_BACKOFF_MS = 30_000;

export class PushConnection {
    constructor(device, { onRequest, onDelivery, onState, onReady }) {
        this.device = device;
        this.onRequest = onRequest;
        this.onDelivery = onDelivery;
        this.onState = onState;
        this.onReady = onReady;
        this.backoff = 1000;
        this.stopped = false;
    }

    start() {
        this.stopped = false;
        this.connect();
    }

    stop() {
        this.stopped = true;
        clearInterval(this.pinger);
        this.socket?.close(1000, 'bye');
    }

    connect() {
        this.onState('connecting');
        const socket = new WebSocket(issuer.replace(/^http/, 'ws') + '/ws/push');
        this.socket = socket;
        socket.onopen = async () => {
            socket.send(JSON.stringify({ type: 'authenticate', assertion: await this.device.assertion('GET', '/ws/push') }));
        };
        socket.onmessage = (event) => this.received(socket, JSON.parse(event.data));
        socket.onclose = () => {
            clearInterval(this.pinger);
            this.onState('offline');
            if (!this.stopped) {
                setTimeout(() => this.connect(), this.backoff);
                this.backoff = Math.min(this.backoff * 2, MAX_BACKOFF_MS);
            }
        };
    }

    received(socket, frame) {
        if (frame.type === 'ready') {
            this.backoff = 1000;
            this.onState('connected');
            this.pinger = setInterval(() => socket.send(JSON.stringify({ type: 'ping' })), PING_MS);
            this.onReady();
        } else if (frame.type === 'message') {
            if (frame.kind === 'approval-request') {
                this.onRequest(frame.payload);
            } else if (frame.kind === 'prescription-ready') {
                this.onDelivery(frame.payload);
            }
            // shown or not for us: either way it must not come back
            socket.send(JSON.stringify({ type: 'ack', id: frame.id }));
        }
    }
}
