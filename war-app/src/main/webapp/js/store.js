// The device's record (authenticator id, name and its non-extractable private key) in IndexedDB.
// A CryptoKey is stored as the object itself: the browser keeps the key material, the page can
// use it to sign but can never read it out.
const DB = 'vigil-app';
const STORE = 'device';
const KEY = 'self';

function open() {
    return new Promise((resolve, reject) => {
        const request = indexedDB.open(DB, 1);
        request.onupgradeneeded = () => request.result.createObjectStore(STORE);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
    });
}

function run(mode, action) {
    return open().then((db) => new Promise((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const request = action(tx.objectStore(STORE));
        tx.oncomplete = () => { db.close(); resolve(request.result); };
        tx.onerror = () => { db.close(); reject(tx.error); };
    }));
}

export function loadDevice() {
    return run('readonly', (store) => store.get(KEY));
}

export function saveDevice(record) {
    return run('readwrite', (store) => store.put(record, KEY));
}

export function forgetDevice() {
    return run('readwrite', (store) => store.delete(KEY));
}
