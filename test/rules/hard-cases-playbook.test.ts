/**
 * Hard cases for the rest of the playbook: negation and self-awareness, quoted customer
 * text, template placeholders, look-alikes that are fine, and where parts are found.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { hasPart } from '../../rules/shared/parts.js';
import { addressesProblem } from '../../rules/shared/problem.js';
import { lintText } from '../../src/api.js';
import { Draft } from '../../src/draft/draft.js';
import { loadNlp } from '../../src/draft/nlp.js';
import type { Rule } from '../../src/types.js';
import { runRule } from '../helpers/run-rule.js';

const byId = (id: string) => builtinRules.find((r) => r.id === id) as Rule;
const words = async (id: string, text: string) => (await runRule(byId(id), text)).map((h) => h.words);
const draft = async (text: string) => {
  await loadNlp();
  return new Draft({ name: 'test', text });
};

describe('negation and self-awareness flip the meaning', () => {
  it.each([
    ['excuses', "I won't use the holiday season as an excuse; we should have shipped on time."],
    ['excuses', 'No excuses: we were not short-staffed, we simply forgot.'],
    ['minimizing', 'This was not a minor issue, and I am sorry.'],
    ['overpromise', "I can't promise it will never happen again, but we've added a check before dispatch."],
    ['cant-language', "I won't make excuses, and I can't imagine how stressful the wait has been."],
    ['defensive-tone', "I'm not going to say \"as I already said\": that was my mistake."],
    ['evasive-passive', 'Your account was not affected by the outage.'],
  ])('%s accepts: %s', async (id, text) => {
    expect(await words(id, text)).toEqual([]);
  });
});

describe("the customer's quoted words are never flagged", () => {
  const thread = [
    'On Mon, 3 Nov 2026, Sam wrote:',
    "> You can't even ship a lamp. Due to high volume, I suppose? Just a small delay, right?",
    '> Mistakes were made, clearly. This will never happen again, I guarantee it.',
    '',
    'Hi Sam,',
    '',
    "I'm sorry we sent your lamp late; it arrives tomorrow.",
  ].join('\n');

  for (const id of ['cant-language', 'excuses', 'minimizing', 'evasive-passive', 'defensive-tone', 'overpromise']) {
    it(`${id} ignores the quote above the reply`, async () => {
      expect(await words(id, thread)).toEqual([]);
    });
  }

  it('reads the reply under a top quote as the writer’s, greeting included', async () => {
    const d = await draft(thread);
    expect(d.greetingEnd).not.toBeNull();
    expect(hasPart(d, 'timeline')).toBe(true);
    expect(d.prose.includes('Due to high volume')).toBe(false);
  });
});

describe('evasive-passive reads verb forms, not only its word lists', () => {
  it('finds a passive whose verb is in no list', async () => {
    expect(await words('evasive-passive', 'Your photos were misfiled by mistake.')).toEqual(['Your photos were misfiled']);
    expect(await words('evasive-passive', 'The invoice was overstated by mistake.')).toEqual(['The invoice was overstated']);
    expect(await words('evasive-passive', 'Your business account was closed in error on 12 September.')).toEqual(['Your business account was closed']);
    expect(await words('evasive-passive', 'Your booking was double-booked in error.')).toEqual(['Your booking was double-booked']);
    expect(await words('evasive-passive', 'Your parcel was overthrown by mistake.')).toEqual(['Your parcel was overthrown']);
  });

  it('leaves a state or a feeling alone, even beside a fault', async () => {
    expect(await words('evasive-passive', 'Our team was worried about the bug in your account.')).toEqual([]);
    expect(await words('evasive-passive', 'The error message is attached, and the warehouse is based in Leeds.')).toEqual([]);
    expect(await words('evasive-passive', 'The fault was known to us, and the team is committed to fixing it.')).toEqual([]);
  });

  it('leaves a passive fix alone, unless the thing fixed was itself the mistake', async () => {
    expect(await words('evasive-passive', 'The fee you paid during the outage has been refunded.')).toEqual([]);
    expect(await words('evasive-passive', "I've checked, and the wrong amount was refunded to your card.")).toEqual(['the wrong amount was refunded']);
  });
});

describe('placeholders', () => {
  it('lints the prose around template values, with exact offsets', async () => {
    const text = '{{ticket.requester.first_name}}, your order was delayed by {{carrier}}.';
    expect(await words('evasive-passive', text)).toEqual([]); // an agent is named: "by {{carrier}}"
    const late = 'Hi {{first_name}}, your order was delayed.';
    expect(await words('evasive-passive', late)).toEqual(['your order was delayed']);
  });

  it('counts a slot that names a part as covering it', async () => {
    const slots = "I'm sorry for the mix-up. [What we've done to fix it] It ships by [date the replacement ships]. [What we changed so it won't happen again]";
    const d = await draft(slots);
    expect(hasPart(d, 'fix')).toBe(true);
    expect(hasPart(d, 'timeline')).toBe(true);
    expect(hasPart(d, 'prevention')).toBe(true);
    // A slot dating the next update is not a date for the fix.
    expect(hasPart(await draft("I'm sorry for the delay. We'll update you on [date of next update]."), 'timeline')).toBe(false);
  });
});

describe('look-alikes that are fine', () => {
  it.each([
    ['minimizing', 'It only takes a minute to reset your password.'],
    ['minimizing', 'To reset your password, simply open Settings.'],
    ['overpromise', 'Your order comes with our 30-day money-back guarantee.'],
    ['overpromise', 'All our rugs are made from 100% New Zealand wool.'],
    ['defensive-tone', 'Please note your order number is 10442.'],
    ['defensive-tone', 'I should have explained the refund times more clearly.'],
    ['evasive-passive', 'Your refund has been processed and the parcel was delivered at 2pm.'],
    ['cant-language', "We can't refund the fare, but I can rebook you on tomorrow's 9:40 at no cost."],
    ['excuses', 'Your order volume discount has been applied.'],
  ])('%s accepts: %s', async (id, text) => {
    expect(await words(id, text)).toEqual([]);
  });

  it('a how-to full of problem words owes no apology', async () => {
    for (const text of [
      'To fix the error, clear the cache and try again. If the payment fails, you can retry.',
      "A failed payment is never taken, so you won't be charged twice.",
      'Red: the hub has hit an error. Switch it off and on again.',
      'Refunds for unused credits can be requested within 14 days from the Refunds page.',
    ]) {
      expect(addressesProblem(await draft(text)), text).toBe(false);
    }
  });

  it('a reply that only argues still owes an apology', async () => {
    expect(addressesProblem(await draft('As I already explained, the fee is listed in our terms.'))).toBe(true);
  });
});

describe('drafts that are not in English', () => {
  it('are skipped with a note naming the language, and no findings', async () => {
    const russian = 'Здравствуйте! Нам очень жаль, что заказ задержался. Мы уже отправили новую посылку.';
    const [result] = await lintText(russian, { useConfigFile: false, expectApology: true });
    expect(result!.messages).toEqual([]);
    expect(result!.drafts[0]!.skipped).toEqual({
      reason: 'not-english',
      language: 'Russian',
      message: 'Not checked: this draft is not in English (it looks like Russian), and the rules read English.',
    });
  });

  it('an English reply with a foreign name or phrase is still checked', async () => {
    const [result] = await lintText('Hola José! Your parcel was lost in transit and a new one ships today.', { useConfigFile: false });
    expect(result!.drafts[0]!.skipped).toBeUndefined();
    expect(result!.messages.map((m) => m.ruleId)).toContain('missing-apology');
  });
});
