/** The hard cases for the first three rules: meaning, not keywords. */
import { describe, expect, it } from 'vitest';
import blameShifting from '../../rules/blame-shifting.js';
import missingApology from '../../rules/missing-apology.js';
import nonApology from '../../rules/non-apology.js';
import { findApologies } from '../../rules/shared/apology.js';
import { addressesProblem } from '../../rules/shared/problem.js';
import { Draft } from '../../src/draft/draft.js';
import { loadNlp } from '../../src/draft/nlp.js';
import type { Rule } from '../../src/types.js';
import { runRule } from '../helpers/run-rule.js';

const words = async (rule: Rule, text: string) => (await runRule(rule, text)).map((h) => h.words);
const rewrites = async (rule: Rule, text: string) => (await runRule(rule, text)).map((h) => h.suggestions?.[0]?.text);
const rule = (r: unknown) => r as Rule;

describe('blame-shifting', () => {
  const blame = rule(blameShifting);

  it('finds blame hidden in a soft phrasing and rewrites it owner-first', async () => {
    const text = 'Our hosting provider is having some trouble this morning.';
    expect(await words(blame, text)).toEqual(['Our hosting provider is having some trouble this morning']);
    expect(await rewrites(blame, text)).toEqual(['We are having some trouble this morning']);
  });

  it('sees through a name in apposition and a "let you know that" opener', async () => {
    const text = 'We wanted to let you know that our delivery partner, ParcelRun, is currently experiencing delays across the UK.';
    expect(await words(blame, text)).toEqual(['our delivery partner, ParcelRun, is currently experiencing delays across the UK']);
    expect(await rewrites(blame, text)).toEqual(['we are currently experiencing delays across the UK']);
    expect(await rewrites(blame, 'Our courier, DPD, lost your parcel.')).toEqual(['We lost your parcel']);
    expect(await words(blame, 'Our courier, as you know, will deliver the replacement on Friday.')).toEqual([]);
  });

  it('follows a relative clause back to the third party: "our partner, who sent it twice"', async () => {
    const text = 'The second payment came from our card processing partner, who sent the same transaction to us twice.';
    expect(await words(blame, text)).toEqual(['our card processing partner']);
    const [finding] = await runRule(blame, text);
    const fix = finding!.suggestions![0]!;
    expect(text.slice(0, finding!.start) + fix.text + text.slice(fix.end ?? finding!.end)).toBe(
      'The second payment came from us, and we sent the same transaction to us twice.',
    );
    expect(await words(blame, 'Our courier, who is the best in town, will deliver on Friday.')).toEqual([]);
  });

  it('flags a cause pinned on a third party with "caused by" / "due to"', async () => {
    expect(await words(blame, 'Your payment failed due to an issue with our payment processor.')).toEqual([
      'due to an issue with our payment processor',
    ]);
  });

  it('does not flag a third party that is the object of our remedy, or a neutral fact', async () => {
    expect(await words(blame, "I've asked the courier to collect the damaged parcel tomorrow.")).toEqual([]);
    expect(await words(blame, "The courier's tracking page shows it was delivered at 2pm.")).toEqual([]);
    expect(await words(blame, 'Our courier will deliver the replacement on Friday.')).toEqual([]);
  });

  it('respects negation: "not your fault", "not going to blame the courier"', async () => {
    expect(await words(blame, "This is not your fault, and we're not going to blame the courier.")).toEqual([]);
    expect(await words(blame, "It wasn't the courier's fault; it was ours.")).toEqual([]);
    expect(await words(blame, "I won't hide behind our terms here.")).toEqual([]);
  });

  it('tells blame of the customer from an expectation or from empathy', async () => {
    expect(await words(blame, 'You should have read the instructions.')).toEqual(['You should have read']);
    expect(await rewrites(blame, 'You should have read the instructions.')).toEqual(['We should have reminded you to read']);
    expect(await words(blame, 'You should have received a confirmation email by now.')).toEqual([]);
    expect(await words(blame, "You shouldn't have had to chase us for this.")).toEqual([]);
    expect(await words(blame, 'We should have checked the address before dispatch.')).toEqual([]);
  });

  it('drops a reference to the terms and keeps the sentence readable', async () => {
    const hits = await runRule(blame, 'As stated in our terms, refunds take 10 days.');
    expect(hits.map((h) => h.words)).toEqual(['As stated in our terms']);
    const fix = hits[0]!.suggestions![0]!;
    const text = 'As stated in our terms, refunds take 10 days.';
    expect(text.slice(0, fix.start ?? hits[0]!.start) + fix.text + text.slice(fix.end)).toBe('Refunds take 10 days.');
  });

  it('never flags quoted customer text or template placeholders', async () => {
    const text = [
      'Hi {{first_name}},',
      '',
      "I'm sorry we sent your order to the wrong address; I've sent a new one.",
      '',
      'Best,',
      'Alex',
      '',
      'On Tue, 4 Jun 2024, Jo wrote:',
      '> Your courier lost my parcel and you failed to answer my emails.',
    ].join('\n');
    expect(await words(blame, text)).toEqual([]);
    expect(await words(blame, '> Our courier lost your parcel.\nWe lost it and I am sorry.')).toEqual([]);
  });

  it('does not flag text in another language', async () => {
    expect(await words(blame, 'Lamentamos que el mensajero perdiera su paquete. Le enviamos otro hoy.')).toEqual([]);
    expect(await words(blame, 'Приносим извинения: курьер потерял вашу посылку.')).toEqual([]);
  });
});

describe('non-apology', () => {
  const hedge = rule(nonApology);

  it('takes back "sorry for the wait, but…", and the rewrite keeps what the apology names', async () => {
    const text = "Sorry for the wait, but we've been swamped since the sale.";
    expect(await words(hedge, text)).toEqual(['Sorry for the wait, but']);
    const [finding] = await runRule(hedge, text);
    const fix = finding!.suggestions![0]!;
    expect(text.slice(0, finding!.start) + fix.text + text.slice(fix.end ?? finding!.end)).toBe("Sorry for the wait. We've been swamped since the sale.");
  });

  it('rewrites "sorry if you were upset by X" to an apology for X', async () => {
    const text = "We're sorry if you were upset by the mix-up with your order.";
    expect(await words(hedge, text)).toEqual(['sorry if you were upset by the mix-up with your order']);
    expect(await rewrites(hedge, text)).toEqual(['sorry for the mix-up with your order']);
  });

  it('rewrites an intention into ownership, in the draft voice', async () => {
    expect(await rewrites(hedge, 'It was never our intention to confuse you.')).toEqual(["We're sorry we confused you."]);
  });

  it('ends the apology before the "but"', async () => {
    const text = "I'm sorry, but our policy only allows 14 days.";
    const [hit] = await runRule(hedge, text);
    const fix = hit!.suggestions![0]!;
    expect(text.slice(0, fix.start ?? hit!.start) + fix.text + text.slice(fix.end ?? hit!.end)).toBe(
      "I'm sorry. Our policy only allows 14 days.",
    );
  });

  it('accepts a stock phrase that names the cause, and a self-aware mention', async () => {
    expect(await words(hedge, "We're sorry for the inconvenience of waiting three weeks for your refund.")).toEqual([]);
    expect(await words(hedge, 'I won\'t just say "sorry for the inconvenience": we let you down.')).toEqual([]);
  });

  it('ignores the hedge when a placeholder or quote holds it', async () => {
    expect(await words(hedge, '> Sorry if I sound angry.\nI am sorry we lost it.')).toEqual([]);
  });
});

describe('missing-apology and what counts as an apology', () => {
  const missing = rule(missingApology);
  const genuine = async (text: string) => {
    await loadNlp();
    return findApologies(new Draft({ name: 't', text })).map((h) => h.genuine);
  };

  it('counts owned apologies and sympathy that owns the moment', async () => {
    expect(await genuine("I'm sorry we sent the wrong size.")).toEqual([true]);
    expect(await genuine('Sorry to hear your parcel arrived damaged.')).toEqual([true]);
    expect(await genuine('Please accept our apologies for the delay.')).toEqual([true]);
  });

  it('does not count hedges, negated or quoted apologies', async () => {
    expect(await genuine('Sorry for the inconvenience.')).toEqual([false]);
    expect(await genuine("We're not sorry about the price change.")).toEqual([false]);
    expect(await genuine('You asked for a "sorry" and here it is.')).toEqual([false]);
  });

  it('suggests an apology right after the greeting, in the draft voice', async () => {
    const text = 'Hi Sam,\n\nYour parcel was lost. We have sent another.\n\nBest,\nAlex';
    const [hit] = await runRule(missing, text);
    expect(hit).toMatchObject({ start: 9, end: 9, message: 'No apology: say sorry for what went wrong, near the start.' });
    expect(hit!.suggestions).toEqual([{ desc: 'Add an apology after the greeting', text: "We're sorry we [what went wrong]. " }]);
  });

  it('accepts a template slot that stands for the apology', async () => {
    expect(await runRule(missing, '[Apology for the delay]. Your refund is on its way.')).toEqual([]);
  });

  it('addressesProblem: a complaint owes an apology, a how-to does not', async () => {
    await loadNlp();
    const owes = (text: string) => addressesProblem(new Draft({ name: 't', text }));
    expect(owes('Your order arrived damaged and we have sent another.')).toBe(true);
    expect(owes('Unfortunately your flight was cancelled.')).toBe(true);
    expect(owes('To reset your password, open Settings and choose Security.')).toBe(false);
    expect(owes('If you see an error message, reply to this email.')).toBe(false);
    expect(owes('> You lost my parcel!\nTo track a parcel, open Orders.')).toBe(false);
    // A category, not an event.
    expect(owes('For lost or stolen cards, call 0345 600 9999 at any time.')).toBe(false);
    expect(owes('We lost your card details, so please call 0345 600 9999.')).toBe(true);
  });
});
