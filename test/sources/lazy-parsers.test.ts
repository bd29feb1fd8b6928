/**
 * The Markdown, HTML and YAML parsers are half the program: a run that reads only plain-text
 * replies never loads them, and one that meets such a file loads just its parser.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { librariesLoaded } from '../../src/sources/libraries.js';

describe('parsers load when a file first needs them', () => {
  it('plain text loads none; Markdown loads its own; a macro export loads YAML and HTML', async () => {
    await lintText('Sorry, our courier lost your parcel.', { filePath: 'reply.txt', useConfigFile: false });
    expect([librariesLoaded(['markdown']), librariesLoaded(['html']), librariesLoaded(['yaml'])]).toEqual([false, false, false]);
    const [markdown] = await lintText('# Late parcel\n\nOur courier lost your parcel.\n', { filePath: 'reply.md', useConfigFile: false });
    expect(markdown!.messages.map((m) => m.ruleId)).toContain('blame-shifting');
    expect([librariesLoaded(['markdown']), librariesLoaded(['html']), librariesLoaded(['yaml'])]).toEqual([true, false, false]);
    const [macros] = await lintText('- title: Late\n  body: Our courier lost your parcel.\n', { filePath: 'macros.yaml', useConfigFile: false });
    expect(macros!.fatalErrorCount).toBe(0);
    expect(librariesLoaded(['markdown', 'html', 'yaml'])).toBe(true);
  });
});
