// The documents of a signature request inside its card: each one's title, SHA-256 and first page,
// numbered in a batch, so the person sees everything they sign before the one tap that signs it all.
import { groupedHash } from './signing.js';
import { strings, t } from './strings.js';

const $ = (selector, root) => root.querySelector(selector);

/** While the documents load: the card says so and cannot be approved yet. */
export function showLoading(card) {
    const status = $('.documents-status', card);
    status.hidden = false;
    status.textContent = strings.documentsLoading;
}

export function showFailure(card, text) {
    const status = $('.documents-status', card);
    status.hidden = false;
    status.textContent = text;
}

/** @param details {request, previews}: the signing request (§5) and, per document, a data: URL or the reason there is none */
export function showDocuments(card, { request, previews }) {
    $('.documents-status', card).hidden = true;
    const count = request.documents.length;
    const level = $('.level', card);
    level.hidden = false;
    level.textContent = t(count === 1 ? 'signatureLevelOne' : 'signatureLevelMany', { level: request.level, count });
    const list = $('.documents', card);
    list.hidden = false;
    const binding = $('.binding', card).textContent;
    list.replaceChildren(...request.documents.map((toSign, i) => item(toSign, previews[i], i + 1, count, binding)));
}

function item(toSign, preview, position, count, binding) {
    const entry = document.getElementById('document-item').content.firstElementChild.cloneNode(true);
    entry.dataset.documentId = toSign.documentId;
    $('.document-position', entry).hidden = count === 1;
    $('.document-position', entry).textContent = t('documentPosition', { position, count });
    // one document whose whole title the request's message already says is not said twice
    $('.document-title', entry).hidden = count === 1 && binding.includes(toSign.title);
    $('.document-title', entry).textContent = toSign.title;
    $('.hash-label', entry).textContent = strings.documentHash;
    $('.hash', entry).textContent = groupedHash(toSign.sha256);
    const image = $('.preview', entry);
    if (preview.url) {
        image.src = preview.url;
        image.alt = t('previewAlt', { title: toSign.title });
    } else {
        image.remove();
        const missing = $('.preview-missing', entry);
        missing.hidden = false;
        missing.textContent = preview.reason;
    }
    return entry;
}
