// Unit tests of the staff page's decryption module (decisions 12 and 26), run by
// `cargo xtask test` (`node --test web/`) with the npm packages it is bundled with. Node has
// no `Worker`, so the module runs its work here, as on a page where no worker starts; the
// worker's side is run by giving the module a worker's global scope. What the page does with
// it (the key file chosen, the offers fetched and shown) is in tests/e2e/staff*.spec.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Decrypter, Encrypter, armor, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { generate, openMany, protect, unlock } from './age_module.js';

const SECRET = /^AGE-SECRET-KEY-1[0-9A-Z]+$/;

/** `text` in an age file protected with `passphrase`, at a cheap scrypt work factor. */
async function withPassphrase(text, passphrase, logN = 10) {
  const e = new Encrypter();
  e.setPassphrase(passphrase);
  e.setScryptWorkFactor(logN);
  return await e.encrypt(text);
}

/** `text` sealed to `recipient`, in base64 as the export carries an offer. */
async function sealed(text, recipient) {
  const e = new Encrypter();
  e.addRecipient(recipient);
  return Buffer.from(await e.encrypt(text)).toString('base64');
}

/** An identity file as age-keygen writes it. */
const keygenFile = (identity, recipient) =>
  new TextEncoder().encode(`# created: 2026-12-01T10:00:00+01:00\n# public key: ${recipient}\n${identity}\n`);

/** Whether `promise` fails with the code `code`, as the Rust side matches it. */
async function failsWith(promise, code) {
  await assert.rejects(promise, (thrown) => (assert.equal(thrown, code), true));
}

test('a new key pair, saved protected by a passphrase, opens with that passphrase only', async () => {
  const [identity, recipient] = await generate();
  assert.match(identity, SECRET);
  assert.equal(recipient, await identityToRecipient(identity));
  const file = await protect(identity, 'correct horse battery');
  // A file `age -d` opens: scrypt at the work factor age itself uses, the public key as a comment.
  const header = new TextDecoder().decode(file.subarray(0, 200));
  assert.match(header, /^age-encryption\.org\/v1\n-> scrypt \S+ 18\n/);
  const d = new Decrypter();
  d.addPassphrase('correct horse battery');
  assert.match(
    await d.decrypt(file, 'text'),
    new RegExp(`^# created: .+\\n# public key: ${recipient}\\n${identity}\\n$`),
  );
  assert.equal(await unlock(file, 'correct horse battery'), identity);
  await failsWith(unlock(file, 'correct horse'), 'wrong-passphrase');
});

test("an armored key file and age-keygen's unprotected one open too", async () => {
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  const armored = armor.encode(await withPassphrase(keygenFile(identity, recipient), 'pass'));
  assert.equal(await unlock(new TextEncoder().encode(`\n${armored}`), 'pass'), identity);
  await failsWith(unlock(new TextEncoder().encode(armored), 'other'), 'wrong-passphrase');
  assert.equal(await unlock(keygenFile(identity, recipient), ''), identity);
});

test('what is not a key file says so, whatever the passphrase', async () => {
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  const encoder = new TextEncoder();
  const notKeys = [
    encoder.encode('name,capacity\nAnna,2\n'),
    encoder.encode('-----BEGIN AGE ENCRYPTED FILE-----\nnot base64 at all\n-----END AGE ENCRYPTED FILE-----\n'),
    // An age file, but sealed to a key, not protected by a passphrase.
    Buffer.from(await sealed(keygenFile(identity, recipient), recipient), 'base64'),
    // Protected by the passphrase, but with no identity inside.
    await withPassphrase('just a note', 'pass'),
  ];
  for (const bytes of notKeys) await failsWith(unlock(bytes, 'pass'), 'not-a-key-file');
});

test('many offers open at once; those sealed to another key or damaged are null', async () => {
  const [identity, recipient] = await generate();
  const [, other] = await generate();
  const texts = Array.from({ length: 20 }, (_, i) => JSON.stringify({ offer: i, name: `Гість ${i}` }));
  const offers = await Promise.all(texts.map((text) => sealed(text, recipient)));
  offers[3] = await sealed('not for us', other);
  offers[17] = offers[17].slice(0, -20);
  offers[18] = 'AAAA';
  const expected = texts.map((text, i) => ([3, 17, 18].includes(i) ? null : text));
  assert.deepEqual(await openMany(identity, offers), expected);
  assert.deepEqual(await openMany(identity, []), []);
});

test("where the module's worker fails to start, what it was asked runs on the page", async () => {
  const started = [];
  const posted = [];
  let terminated = 0;
  class FailingWorker {
    constructor(url, options) {
      started.push({ url: String(url), options });
    }
    postMessage(message) {
      posted.push(message);
      // A worker that cannot start reports an error event, after the first calls were sent.
      setImmediate(() => this.onerror({ preventDefault() {} }));
    }
    terminate() {
      terminated++;
    }
  }
  // A copy of the module of its own, with no worker yet.
  const module = await import('./age_module.js?worker-fails');
  const identity = await generateX25519Identity();
  const file = keygenFile(identity, await identityToRecipient(identity));
  // The page's `Worker`, while the module makes its worker.
  globalThis.Worker = FailingWorker;
  try {
    const [first, second] = await Promise.all([module.unlock(file, ''), module.unlock(file, '')]);
    assert.equal(first, identity);
    assert.equal(second, identity);
    await failsWith(module.unlock(new Uint8Array(8), ''), 'not-a-key-file');
  } finally {
    delete globalThis.Worker;
  }
  assert.equal(started.length, 1, 'one worker, tried once');
  assert.match(started[0].url, /\/web\/staff\/age_module\.js\?worker-fails$/);
  assert.deepEqual(started[0].options, { type: 'module', name: 'hulpwijzer-decryption' });
  assert.deepEqual(
    posted.map(({ id, name }) => ({ id, name })),
    [
      { id: 1, name: 'unlock' },
      { id: 2, name: 'unlock' },
    ],
  );
  assert.equal(terminated, 1);
});

test("as the worker, the module answers each call by id, with a code or 'unavailable' when it fails", async () => {
  // This module's copy finds itself in a worker's global scope.
  function WorkerGlobalScope() {}
  WorkerGlobalScope.prototype = Object.getPrototypeOf(globalThis);
  globalThis.WorkerGlobalScope = WorkerGlobalScope;
  const answers = [];
  globalThis.postMessage = (answer) => answers.push(answer);
  try {
    await import('./age_module.js?as-worker');
    assert.equal(typeof globalThis.onmessage, 'function');
    const [identity, recipient] = await generate();
    const file = await withPassphrase(keygenFile(identity, recipient), 'pass');
    const call = (id, name, args) => globalThis.onmessage({ data: { id, name, args } });
    await call(7, 'unlock', [file, 'pass']);
    await call(8, 'unlock', [file, 'nope']);
    await call(9, 'openMany', [identity, [await sealed('an offer', recipient), 'AAAA']]);
    await call(10, 'openMany', ['not an identity', ['AAAA']]);
    assert.deepEqual(answers, [
      { id: 7, value: identity },
      { id: 8, error: 'wrong-passphrase' },
      { id: 9, value: ['an offer', null] },
      { id: 10, error: 'unavailable' },
    ]);
  } finally {
    delete globalThis.WorkerGlobalScope;
    delete globalThis.postMessage;
    delete globalThis.onmessage;
  }
});
