import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { strings, t } from '../../main/webapp/js/strings.js';

const webapp = new URL('../../main/webapp/', import.meta.url);

test('every string the page and the scripts name exists', () => {
    const html = readFileSync(new URL('index.html', webapp), 'utf8');
    const scripts = ['js/app.js', 'js/documents-view.js'].map((file) => readFileSync(new URL(file, webapp), 'utf8')).join('\n');
    const named = [...html.matchAll(/data-text="(\w+)"/g), ...scripts.matchAll(/(?:\bstrings\.(?!js\b)|\bt\(')(\w+)/g)].map((m) => m[1]);
    assert.ok(named.length > 20);
    assert.deepEqual(named.filter((key) => !(key in strings)), []);
});

test('placeholders are filled, unknown ones left visible', () => {
    assert.equal(t('approved', { message: 'Station 3' }), 'Approved: Station 3');
    assert.equal(t('from', {}), 'From {requester}');
});

test('the page has no inline script or style, which the policy would block', () => {
    const html = readFileSync(new URL('index.html', webapp), 'utf8');
    assert.doesNotMatch(html, /<script>|<script(?![^>]*\bsrc=)[^>]*>|style=|<style|\son[a-z]+=/i);
});
