/** The prebuilt lexicon anchors must match the lexicons: run `npm run lexicons` after editing one. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { prebuiltAnchors } from '../../rules/lexicons/anchors.generated.js';
import { lexicon, matchLexiconIn, prebuildAnchors, usePrebuiltAnchors, wordsOf } from '../../src/draft/lexicon.js';
import { ANCHORS_FILE, anchorsModule } from '../../scripts/lexicon-anchors.js';
import { allLexicons } from '../helpers/lexicons.js';
import { ROOT } from '../helpers/cli.js';

describe('prebuilt lexicon anchors and regex sources', () => {
  it(`${ANCHORS_FILE} is current (stale: run \`npm run lexicons\` and commit the result)`, () => {
    expect(builtinRules.length).toBeGreaterThan(0); // the rules register the file's anchors
    expect(readFileSync(join(ROOT, ANCHORS_FILE), 'utf8')).toBe(anchorsModule());
  });

  it('covers every built-in lexicon, and each matches its phrases', () => {
    const prebuilt = prebuiltAnchors();
    for (const lex of allLexicons()) expect(prebuilt[lex.name], lex.name).toEqual(prebuildAnchors(lex));
  });

  it('are ignored for a lexicon whose phrases differ, so its matches are its own', () => {
    // Wrong anchors under this name would hide the match: "courier" is not an anchor of "delay".
    usePrebuiltAnchors({ 'test-stale': { phrases: 'courier', anchors: [[['courier'], [], false]], sources: ['courier'] } });
    const stale = lexicon('test-stale', ['delay']);
    const text = 'Sorry for the delay.';
    expect(matchLexiconIn(stale, text, wordsOf(text)).map((m) => m.text)).toEqual(['delay']);
  });
});

describe('anchor words', () => {
  it('are whole words of the text: a word written against a group is part of a longer word', async () => {
    const { lexicon, matchLexiconIn, mayMatch, wordsOf } = await import('../../src/draft/lexicon.js');
    // "mis" is glued to its group: the text's word is "misdirected", so "mis" cannot anchor.
    const glued = lexicon('test-glued', ['the mis(sent|directed) parcels']);
    const text = 'Sorry: the misdirected parcels are on their way back.';
    expect(mayMatch(glued, wordsOf(text))).toBe(true);
    expect(matchLexiconIn(glued, text, wordsOf(text)).map((m) => m.text)).toEqual(['the misdirected parcels']);
    // Punctuation glued to a word leaves it whole: "sorry" still anchors "sorry(,)? but".
    expect(glued.anchors).not.toBeNull();
    expect(lexicon('test-comma', ['sorry(,)? but']).anchors?.words).toEqual(new Set(['sorry']));
  });
});
