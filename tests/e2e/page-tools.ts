import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';

/** Where "leave this page" leads (crates/app/src/components/quick_exit.rs). */
export const NEUTRAL_SITE = 'https://www.buienradar.nl/';

/** `tree/node` of every node of content/trees whose block (`[[question]]`, `[[outcome]]`) matches `test`. */
function nodesWhere(test: (block: string) => boolean): Set<string> {
  const dir = join(ROOT, 'content', 'trees');
  const found = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.toml'))) {
    const tree = file.replace(/\.toml$/, '');
    const text = readFileSync(join(dir, file), 'utf8');
    for (const block of text.split(/^\[\[(?:question|outcome|step)\]\]$/m).slice(1)) {
      const id = /^id\s*=\s*"([^"]+)"/m.exec(block)?.[1];
      if (id && test(block)) found.add(`${tree}/${id}`);
    }
  }
  return found;
}

/** `tree/node` of every node marked sensitive in content/trees (a tiny reader for `marks = [...]`). */
export function markedNodes(): Set<string> {
  return nodesWhere((block) => /"[a-z-]+"/.test(/^marks\s*=\s*\[([^\]]*)\]/m.exec(block)?.[1] ?? ''));
}

/** `tree/node` of every outcome marked `desk = true` (the only ones with a desk card). */
export function deskNodes(): Set<string> {
  return nodesWhere((block) => /^desk\s*=\s*true\s*$/m.test(block));
}

export interface SpeechLog {
  spoken: { text: string; lang: string }[];
  paused: number;
  resumed: number;
  cancelled: number;
}

/**
 * A stand-in for the browser's `speechSynthesis` with voices for `langs`, installed
 * before any page script runs (`page.addInitScript(fakeSpeech, langs)`). It records what
 * it is asked to say, starts the first utterance (so the highlight shows) and never
 * finishes on its own. The log is `window.__speech`.
 */
export function fakeSpeech(langs: string[]) {
  const log = { spoken: [] as { text: string; lang: string }[], paused: 0, resumed: 0, cancelled: 0 };
  class Utterance {
    text: string;
    lang = '';
    voice: unknown = null;
    onstart: ((e: unknown) => void) | null = null;
    onend: ((e: unknown) => void) | null = null;
    onerror: ((e: unknown) => void) | null = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  const synth = {
    speaking: false,
    pending: false,
    paused: false,
    onvoiceschanged: null as unknown,
    getVoices: () => langs.map((lang, i) => ({ lang, name: `Fake ${lang}`, voiceURI: `fake-${i}`, localService: true, default: i === 0 })),
    speak(u: Utterance) {
      log.spoken.push({ text: u.text, lang: u.lang });
      if (!synth.speaking) {
        synth.speaking = true;
        setTimeout(() => u.onstart?.({ type: 'start' }), 0);
      }
    },
    pause() {
      log.paused++;
      synth.paused = true;
    },
    resume() {
      log.resumed++;
      synth.paused = false;
    },
    cancel() {
      log.cancelled++;
      synth.speaking = false;
    },
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  (window as unknown as { __speech: typeof log }).__speech = log;
}

/** Pages in a PDF (Chromium writes one `/Type /Page` dictionary per page). */
export function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
