// The staff page's decryption, loaded only there (a dynamic import from
// src/platform/age.rs): a thin wrapper around the npm package `age-encryption`,
// bundled by esbuild into dist/staff/age-<hash>.js (xtask/src/staff_module.rs).
// Errors are thrown as one of the codes the Rust side matches: 'not-a-key-file',
// 'wrong-passphrase', 'does-not-open'.
import { Decrypter, Encrypter, armor, generateX25519Identity, identityToRecipient } from 'age-encryption';

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
export async function protect(identity, passphrase) {
  const recipient = await identityToRecipient(identity);
  const text = `# created: ${new Date().toISOString()}\n# public key: ${recipient}\n${identity}\n`;
  const e = new Encrypter();
  e.setPassphrase(passphrase);
  return await e.encrypt(text);
}

/** The identity in a key file (`bytes`), opened with `passphrase`. */
export async function unlock(bytes, passphrase) {
  const start = new TextDecoder().decode(bytes.subarray(0, 256));
  if (start.trimStart().startsWith(ARMOR)) {
    try {
      bytes = armor.decode(new TextDecoder().decode(bytes));
    } catch (_) {
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
    d.addPassphrase(passphrase);
    text = await d.decrypt(bytes, 'text');
  } catch (_) {
    throw 'wrong-passphrase';
  }
  const found = SECRET.exec(text);
  if (!found) throw 'not-a-key-file';
  return found[0];
}

/** The plaintext of one sealed offer (`sealed`: base64 of the age file). */
export async function open(identity, sealed) {
  try {
    const bytes = Uint8Array.from(atob(sealed), (c) => c.charCodeAt(0));
    const d = new Decrypter();
    d.addIdentity(identity);
    return await d.decrypt(bytes, 'text');
  } catch (_) {
    throw 'does-not-open';
  }
}
