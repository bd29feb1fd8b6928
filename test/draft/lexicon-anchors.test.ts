/** The prebuilt lexicon anchors must match the lexicons: run `npm run lexicons` after editing one. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { PREBUILT_ANCHORS } from '../../rules/lexicons/anchors.generated.js';
import { lexicon, matchLexiconIn, prebuildAnchors, usePrebuiltAnchors, wordsOf } from '../../src/draft/lexicon.js';
import { ANCHORS_FILE, anchorsModule } from '../../scripts/lexicon-anchors.js';
import { allLexicons } from '../helpers/lexicons.js';
import { ROOT } from '../helpers/cli.js';

describe('prebuilt lexicon anchors', () => {
  it(`${ANCHORS_FILE} is current (stale: run \`npm run lexicons\` and commit the result)`, () => {
    expect(builtinRules.length).toBeGreaterThan(0); // the rules register the file's anchors
    expect(readFileSync(join(ROOT, ANCHORS_FILE), 'utf8')).toBe(anchorsModule());
  });

  it('covers every built-in lexicon, and each matches its phrases', () => {
    for (const lex of allLexicons()) expect(PREBUILT_ANCHORS[lex.name], lex.name).toEqual(prebuildAnchors(lex));
  });

  it('are ignored for a lexicon whose phrases differ, so its matches are its own', () => {
    // Wrong anchors under this name would hide the match: "courier" is not an anchor of "delay".
    usePrebuiltAnchors({ 'test-stale': { phrases: 'courier', anchors: [[['courier'], [], false]] } });
    const stale = lexicon('test-stale', ['delay']);
    const text = 'Sorry for the delay.';
    expect(matchLexiconIn(stale, text, wordsOf(text)).map((m) => m.text)).toEqual(['delay']);
  });
});
