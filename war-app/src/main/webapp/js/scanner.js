// The camera side of "Scan a login code": the rear camera (where there is one) into a <video>,
// frames drawn on a canvas a few times a second and given to jsQR (js/vendor/jsqr, installed by
// Maven from src/main/npm's lock file) until it finds a code; the camera is switched off at once.
const DECODER = 'js/vendor/jsqr/dist/jsQR.js';
const FRAME_INTERVAL_MS = 150;

/** The camera could not be used: {@code reason} is 'denied' (the person or the browser said no), 'missing' or 'unsupported'. */
export class CameraUnavailable extends Error {
    constructor(reason) {
        super(`camera ${reason}`);
        this.reason = reason;
    }
}

let decoder = null;

/** jsQR is a classic (UMD) script of 250 kB: loaded the first time the person scans, not with every start of the app. */
function loadDecoder() {
    decoder ??= new Promise((resolve, reject) => {
        if (self.jsQR) {
            resolve(self.jsQR);
            return;
        }
        const script = document.createElement('script');
        script.src = DECODER;
        script.onload = () => resolve(self.jsQR);
        script.onerror = () => {
            decoder = null;
            reject(new CameraUnavailable('decoder'));
        };
        document.head.append(script);
    });
    return decoder;
}

export class Scanner {
    constructor(video) {
        this.video = video;
        this.stream = null;
        this.timer = null;
        this.finish = null;
    }

    /** The text of the first QR code the camera sees, or null when the person cancels. */
    async scan() {
        const jsQR = await loadDecoder();
        if (!navigator.mediaDevices?.getUserMedia) {
            throw new CameraUnavailable('unsupported');
        }
        try {
            this.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
        } catch (error) {
            throw new CameraUnavailable(['NotAllowedError', 'SecurityError'].includes(error.name) ? 'denied' : 'missing');
        }
        this.video.srcObject = this.stream;
        await this.video.play().catch(() => { /* frames still arrive on a muted inline video */ });
        const canvas = document.createElement('canvas');
        const context = canvas.getContext('2d', { willReadFrequently: true });
        return new Promise((resolve) => {
            this.finish = resolve;
            const frame = () => {
                const { videoWidth: width, videoHeight: height } = this.video;
                if (width && height) {
                    canvas.width = width;
                    canvas.height = height;
                    context.drawImage(this.video, 0, 0, width, height);
                    const code = jsQR(context.getImageData(0, 0, width, height).data, width, height, { inversionAttempts: 'dontInvert' });
                    if (code) {
                        this.stop(code.data);
                        return;
                    }
                }
                this.timer = setTimeout(frame, FRAME_INTERVAL_MS);
            };
            frame();
        });
    }

    /** Switches the camera off; a scan still waiting answers {@code result} (null: cancelled). */
    stop(result = null) {
        clearTimeout(this.timer);
        this.stream?.getTracks().forEach((track) => track.stop());
        this.stream = null;
        this.video.srcObject = null;
        const finish = this.finish;
        this.finish = null;
        finish?.(result);
    }
}
