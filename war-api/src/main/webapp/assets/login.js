// The login page: scan the QR code or name yourself, approve on your device, and the page
// continues by itself. It polls from the start, since a scan happens without this page knowing.
(function () {
    const page = document.getElementById('login');
    const pending = page.dataset.pending;
    const message = document.getElementById('message');

    function show(text) {
        message.textContent = text;
    }

    function showMatchingCode(code) {
        document.getElementById('matching-code').textContent = code;
        document.getElementById('send-to-device').hidden = true;
        document.getElementById('qr').hidden = true;
        document.getElementById('waiting').hidden = false;
    }

    async function poll() {
        const response = await fetch('/oidc/login/status', {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json'},
            body: JSON.stringify({pending: pending})
        });
        const status = await response.json();
        if (status.matchingCode) {
            showMatchingCode(status.matchingCode);
        }
        if (status.status === 'approved') {
            window.location.assign(status.next);
        } else if (status.status === 'denied') {
            show('The request was denied on your device.');
        } else if (status.status === 'expired') {
            show('The request expired. Reload the page to try again.');
        } else {
            setTimeout(poll, 1000);
        }
    }

    document.getElementById('send-to-device').addEventListener('submit', async function (event) {
        event.preventDefault();
        const login = document.getElementById('login-name').value;
        const response = await fetch('/oidc/login/device', {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json'},
            body: JSON.stringify({pending: pending, login: login})
        });
        if (response.status === 429) {
            show('Too many requests to this device. Wait a few minutes, then try again.');
            return;
        }
        if (!response.ok) {
            show('This login has expired. Start again from the application.');
            return;
        }
        const started = await response.json();
        showMatchingCode(started.matchingCode);
    });

    poll();
})();
