/**
 * compromise, loaded once per process and only when a rule first asks for grammar
 * (`draft.nlp(sentence)`, `draft.terms(sentence)`). Loading it costs about 300 ms, more than
 * linting a reply takes. The built-in rules do without it: their cues are lexicons, and the
 * verb forms their suggestions need come from rules/shared/verbs.ts. It is here for plugin
 * rules, as its own one-file CommonJS build, required synchronously.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';

export type Nlp = typeof nlpType;
export type NlpView = ReturnType<Nlp>;

let loaded: Nlp | null = null;

export function getNlp(): Nlp {
  loaded ??= createRequire(import.meta.url)('compromise') as Nlp;
  return loaded;
}

/** Load compromise now (to time it apart from linting, or to warm a long-lived process). */
export function loadNlp(): Promise<Nlp> {
  return Promise.resolve().then(getNlp);
}

/** Whether compromise has been loaded in this process. */
export function nlpLoaded(): boolean {
  return loaded !== null;
}

/** One word of a sentence, with exact offsets into the draft text. */
export interface Term {
  /** The word as written (no surrounding punctuation). */
  text: string;
  /** Lower-case form; for a contraction, the word it stands for ("isn't" → "is", then "not"). */
  normal: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Punctuation and spaces after the word, as compromise saw them. */
  post: string;
}

interface JsonTerm {
  text: string;
  normal?: string;
  /** What a contraction stands for: "isn't" → "is" + "not". */
  implicit?: string;
  post?: string;
  tags?: string[];
  offset: { start: number; length: number };
}

/**
 * Tag `text` and return its terms offset by `base`. Spans are built from term offsets,
 * never from match-level offsets, which drift around punctuation and contractions.
 * Contractions such as "isn't" yield an extra zero-length term ("not"); it is kept so
 * negation is visible, with the offsets of the word it came from.
 */
export function tagTerms(view: NlpView, base: number): Term[] {
  const terms: Term[] = [];
  const json = view.json({ offset: true, terms: { offset: true } }) as Array<{ terms: JsonTerm[] }>;
  for (const sentence of json) {
    for (const term of sentence.terms) {
      let start = base + term.offset.start;
      let end = start + term.offset.length;
      const previous = terms[terms.length - 1];
      if (term.offset.length === 0 && previous) {
        start = previous.start;
        end = previous.end;
      }
      terms.push({
        text: term.text,
        normal: term.implicit ?? term.normal ?? term.text.toLowerCase(),
        start,
        end,
        tags: new Set(term.tags ?? []),
        post: term.post ?? '',
      });
    }
  }
  return terms;
}
