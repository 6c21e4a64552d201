// The staff page's decryption, loaded only there (a dynamic import from
// crates/app/src/platform/age.rs): a thin wrapper around the npm package `age-encryption`,
// bundled by esbuild into dist/staff/age-<hash>.js (xtask/src/staff_module.rs).
// Errors are thrown as one of the codes the Rust side matches: 'not-a-key-file',
// 'wrong-passphrase', 'does-not-open'.
//
// The same file is also the page's decryption worker: `unlock` and `openMany` start it
// (a module worker from this module's own URL) and run there, on another core than the
// page's, so neither the key file's scrypt nor the offers' decryption holds the page.
// Where a worker cannot start, they run here, in slices that let the page run.
import { Decrypter, Encrypter, armor, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { scrypt, scryptAsync } from '@noble/hashes/scrypt.js';
import { base64nopad } from '@scure/base';

const SECRET = /^AGE-SECRET-KEY-1[0-9A-Z]+$/m;
const HEADER = 'age-encryption.org/v1\n';
const ARMOR = '-----BEGIN AGE ENCRYPTED FILE-----';

/** A new X25519 identity and its public key: `[identity, recipient]`. */
export async function generate() {
  const identity = await generateX25519Identity();
  return [identity, await identityToRecipient(identity)];
}

/** `identity` (with its public key as a comment, as age-keygen writes it) in an age
 * file encrypted with `passphrase`, so `age -d` opens it too. */
export function protect(identity, passphrase) {
  return inWorker('protect', [identity, passphrase]);
}

async function protectHere(identity, passphrase) {
  const recipient = await identityToRecipient(identity);
  const text = `# created: ${new Date().toISOString()}\n# public key: ${recipient}\n${identity}\n`;
  const e = new Encrypter();
  e.setPassphrase(passphrase);
  return await e.encrypt(text);
}

const SCRYPT_LABEL = 'age-encryption.org/v1/scrypt';

/** Whether this module runs as the decryption worker. */
const IN_WORKER = typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope;

/** age's passphrase identity (as the package's `ScryptIdentity`), but outside a worker
 * with the scrypt that yields to the event loop every few milliseconds: a key file
 * saved by this page (work factor 2^18) would otherwise block the page for a second or
 * more. In the worker it runs at full speed. */
class PassphraseIdentity {
  constructor(passphrase) {
    this.passphrase = passphrase;
  }
  async unwrapFileKey(stanzas) {
    for (const s of stanzas) {
      if (s.args[0] !== 'scrypt') continue;
      if (stanzas.length !== 1 || s.args.length !== 3 || !/^[1-9][0-9]*$/.test(s.args[2]))
        throw Error('invalid scrypt stanza');
      const salt = base64nopad.decode(s.args[1]);
      const logN = Number(s.args[2]);
      if (salt.length !== 16 || logN > 20 || s.body.length !== 32) throw Error('invalid scrypt stanza');
      const labelAndSalt = new Uint8Array(SCRYPT_LABEL.length + 16);
      labelAndSalt.set(new TextEncoder().encode(SCRYPT_LABEL));
      labelAndSalt.set(salt, SCRYPT_LABEL.length);
      const options = { N: 2 ** logN, r: 8, p: 1, dkLen: 32 };
      const key = IN_WORKER
        ? scrypt(this.passphrase, labelAndSalt, options)
        : await scryptAsync(this.passphrase, labelAndSalt, { ...options, asyncTick: 20 });
      try {
        return chacha20poly1305(key, new Uint8Array(12)).decrypt(s.body);
      } catch {
        return null;
      }
    }
    return null;
  }
}

/** The identity in a key file (`bytes`), opened with `passphrase`. */
export function unlock(bytes, passphrase) {
  return inWorker('unlock', [bytes, passphrase]);
}

async function unlockHere(bytes, passphrase) {
  const start = new TextDecoder().decode(bytes.subarray(0, 256));
  if (start.trimStart().startsWith(ARMOR)) {
    try {
      bytes = armor.decode(new TextDecoder().decode(bytes));
    } catch {
      throw 'not-a-key-file';
    }
  } else if (!start.startsWith(HEADER)) {
    // An unprotected identity file (age-keygen's) is a key file too.
    const plain = SECRET.exec(start);
    if (plain) return plain[0];
    throw 'not-a-key-file';
  }
  const header = new TextDecoder().decode(bytes.subarray(0, 512));
  if (!header.includes('\n-> scrypt ')) throw 'not-a-key-file';
  let text;
  try {
    const d = new Decrypter();
    d.addIdentity(new PassphraseIdentity(passphrase));
    text = await d.decrypt(bytes, 'text');
  } catch {
    throw 'wrong-passphrase';
  }
  const found = SECRET.exec(text);
  if (!found) throw 'not-a-key-file';
  return found[0];
}

/** How long one slice of decryption may hold the main thread, in ms. */
const SLICE_MS = 30;
/** Offers decrypted together (their WebCrypto steps overlap); a group's synchronous part
 * is a few ms each. */
const GROUP = 16;

/** One sealed offer's plaintext, or `null` when it does not open. */
async function openOne(d, sealed) {
  try {
    return await d.decrypt(
      Uint8Array.from(atob(sealed), (c) => c.charCodeAt(0)),
      'text',
    );
  } catch {
    return null;
  }
}

/** The plaintexts of many sealed offers (`sealed`: an array of base64 age files), each
 * `null` when it does not open. A few at a time, letting the event loop run (a
 * `setTimeout`) whenever a slice has taken SLICE_MS, and once more before the answer, so
 * no task of the page is long however many offers a caller asks for. */
export function openMany(identity, sealed) {
  return inWorker('openMany', [identity, sealed]);
}

async function openManyHere(identity, sealed) {
  const d = new Decrypter();
  d.addIdentity(identity);
  const opened = [];
  let slice = performance.now();
  for (let i = 0; i < sealed.length; i += GROUP) {
    opened.push(...(await Promise.all(sealed.slice(i, i + GROUP).map((s) => openOne(d, s)))));
    if (performance.now() - slice > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      slice = performance.now();
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 0));
  return opened;
}

/** What the worker runs, by name. */
const HERE = { protect: protectHere, unlock: unlockHere, openMany: openManyHere };

/** The worker, once started; `null` when it cannot start or failed (then everything
 * runs here). */
let worker;
/** Calls sent to the worker and not yet answered, by id. */
const waiting = new Map();
let lastId = 0;

function startWorker() {
  try {
    const w = new Worker(import.meta.url, { type: 'module', name: 'hulpwijzer-decryption' });
    w.onmessage = ({ data: { id, value, error } }) => {
      const call = waiting.get(id);
      waiting.delete(id);
      if (error === undefined) call.resolve(value);
      else call.reject(error);
    };
    // The worker did not start (an old browser, a policy): what it was asked runs here.
    w.onerror = (event) => {
      event.preventDefault();
      worker = null;
      w.terminate();
      for (const call of waiting.values()) HERE[call.name](...call.args).then(call.resolve, call.reject);
      waiting.clear();
    };
    return w;
  } catch {
    return null;
  }
}

/** Runs `name(...args)` in the worker, or here when there is none. */
function inWorker(name, args) {
  if (worker === undefined) worker = startWorker();
  if (worker === null) return HERE[name](...args);
  return new Promise((resolve, reject) => {
    const id = ++lastId;
    waiting.set(id, { name, args, resolve, reject });
    worker.postMessage({ id, name, args });
  });
}

if (IN_WORKER) {
  globalThis.onmessage = async ({ data: { id, name, args } }) => {
    try {
      globalThis.postMessage({ id, value: await HERE[name](...args) });
    } catch (e) {
      // Only the codes above cross over; anything else is the module failing.
      globalThis.postMessage({ id, error: typeof e === 'string' ? e : 'unavailable' });
    }
  };
}
