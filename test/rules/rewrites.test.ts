/**
 * Suggestions are what users apply (and what --fix will apply): each must read right and
 * must actually cure the finding it was offered for.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lintText } from '../../src/api.js';
import type { LintMessage } from '../../src/engine/results.js';

const only = (id: string) => Object.fromEntries(builtinRules.map((r) => [r.id, r.id === id ? 'error' : 'off'] as const));

async function findings(id: string, text: string): Promise<LintMessage[]> {
  const [result] = await lintText(text, { useConfigFile: false, rules: only(id) });
  return result!.messages.filter((m) => m.ruleId === id);
}

/** The text after applying the first suggestion of the first finding. */
async function fixed(id: string, text: string): Promise<string> {
  const [first] = await findings(id, text);
  const fix = first!.suggestions![0]!.fix;
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

describe('every suggestion cures its finding', () => {
  for (const rule of builtinRules) {
    for (const example of rule.examples.bad) {
      it(`${rule.id}: ${example}`, async () => {
        const before = await findings(rule.id, example);
        const after = await findings(rule.id, await fixed(rule.id, example));
        expect(after.length, await fixed(rule.id, example)).toBeLessThan(before.length);
      });
    }
  }
});

describe('rewrites read as a person would write them', () => {
  const cases: Array<[string, string, string]> = [
    ['excuses', "It's the holiday season, so deliveries are slower.", 'Deliveries are slower.'],
    ['excuses', 'Due to high volume, your reply took longer than usual.', 'Your reply took longer than usual.'],
    ['defensive-tone', 'As I already said, refunds take 10 days.', 'Refunds take 10 days.'],
    ['defensive-tone', 'The good news is that you still have the other three plates.', 'You still have the other three plates.'],
    ['evasive-passive', 'Unfortunately, your order was delayed.', 'Unfortunately, we delayed your order.'],
    ['evasive-passive', 'The wrong item was sent to you.', 'We sent the wrong item to you.'],
    ['evasive-passive', "Your refund wasn't processed on time.", "We didn't process your refund on time."],
    ['cant-language', "We can't refund a ticket after departure.", "We can't refund a ticket after departure, but what we can do is [what we can offer instead]."],
    ['minimizing', 'There was just a small delay with your order.', 'There was a delay with your order.'],
    ['minimizing', 'This was a minor issue on our side.', 'This was an issue on our side.'],
    ['overpromise', "We'll make sure it can't ever happen again.", "We've [what we changed] to stop this happening again."],
    ['overpromise', 'I promise it will arrive tomorrow.', 'I expect it will arrive tomorrow.'],
    ['blame-shifting', 'Our courier lost your parcel.', 'We lost your parcel.'],
    ['late-apology', "I've refunded the second charge. I'm sorry we billed you twice.", "I'm sorry we billed you twice. I've refunded the second charge."],
    ['late-apology', 'Your parcel went to the wrong depot.\n\nAnd again, sorry for the mix-up.', 'Sorry for the mix-up.\n\nYour parcel went to the wrong depot.'],
  ];
  for (const [id, text, expected] of cases) {
    it(`${id}: ${text.replace(/\n/g, ' ')}`, async () => {
      expect(await fixed(id, text)).toBe(expected);
    });
  }

  // Found by test/robust/properties.test.ts: the word after "but" was one UTF-16 unit, so an
  // emoji there was cut in half and the edit's range split its surrogate pair.
  it('non-apology: "sorry, but" before an emoji ends the apology without splitting the emoji', async () => {
    const text = "Sorry, but😀 the bundle didn't come through because our payment partner hasn't confirmed it.";
    const [first] = await findings('non-apology', text);
    const { range } = first!.suggestions![0]!.fix;
    expect(range).toEqual([0, 12]);
    expect(await fixed('non-apology', text)).toBe("Sorry. 😀 the bundle didn't come through because our payment partner hasn't confirmed it.");
  });

  it('absence suggestions speak in the draft voice and say where they go', async () => {
    const mine = await findings('missing-thanks', "Hi Sam,\n\nI'm sorry I sent the wrong size. I've sent the right one.\n\nBest,\nAlex");
    expect(mine[0]!.suggestions![0]!.desc).toBe('Add a sentence before the sign-off');
    expect(mine[0]!.suggestions![0]!.fix.text).toBe(' Thank you for letting me know, and for your patience.');
    const ours = await findings('missing-remedy', "We're sorry our app logged you out. Please sign in again.");
    expect(ours[0]!.suggestions![0]).toMatchObject({
      desc: 'Add a sentence after the apology',
      fix: { range: [35, 35], text: " We've [what we've done to put this right, e.g. refunded the charge]." },
    });
  });
});
