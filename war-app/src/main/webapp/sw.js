// The offline shell: the app's own files, fetched network-first (an update shows at once when
// online) and served from this cache when the network is gone. Nothing else is touched: the API,
// the push socket and every other path go straight to the network, so no person's data is cached.
const SHELL = 'vigil-shell-v1';
const FILES = ['./', 'index.html', 'app.css', 'manifest.webmanifest', 'icons/icon-192.png', 'icons/icon-512.png',
    'js/app.js', 'js/api.js', 'js/deliveries.js', 'js/device.js', 'js/documents-view.js', 'js/jws.js', 'js/passkey.js', 'js/push.js',
    'js/qr-login.js', 'js/requests.js', 'js/scanner.js', 'js/signing.js', 'js/store.js', 'js/strings.js', 'js/vendor/jsqr/dist/jsQR.js'];
const SCOPE = new URL('./', self.location).pathname;

self.addEventListener('install', (event) => {
    event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
    event.waitUntil(caches.keys()
        .then((names) => Promise.all(names.filter((name) => name !== SHELL).map((name) => caches.delete(name))))
        .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
    const url = new URL(event.request.url);
    if (event.request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE)) {
        return;
    }
    event.respondWith(fetch(event.request).then((response) => {
        if (response.ok) {
            const copy = response.clone();
            caches.open(SHELL).then((cache) => cache.put(event.request, copy));
        }
        return response;
    }).catch(() => caches.match(event.request, { ignoreSearch: true })
        .then((hit) => hit || (event.request.mode === 'navigate' ? caches.match('./') : Response.error()))));
});
