import type { Draft } from '../src/draft/draft.js';
import type { LexiconMatch } from '../src/draft/lexicon.js';
import { clauseStart } from '../src/draft/negation.js';
import { defineRule } from '../src/rule.js';
import type { ReportDescriptor } from '../src/types.js';
import { CAUSE_CONNECTOR, CUSTOMER_CONDUCT, FAULT, NOT_US, PLAN, TERMS, THIRD_PARTY } from './lexicons/blame.js';
import { infinitive, matchCase, startsSentence } from './shared/rewrite.js';

/** Words that may open a clause before its subject: "Unfortunately, the courier…". */
const OPENERS = /^(?:[^,;]*\b(?:found|noticed|saw|see|confirmed|learned|discovered|checked|says|said|told us|reported|looks like|seems|know|inform(?:ed)? you|advise(?:d)? you|update you|explain)\s+(?:that\s+)?)?(?:\s|,|unfortunately|sadly|apparently|it seems(?: that)?|it looks like|I'm afraid|I am afraid|that|because|as|since|and|so|but|it appears(?: that)?|turns out|it turns out(?: that)?)*$/i;
/** Auxiliaries after a third-party subject, and their form after "we". */
const AGREEMENT: Record<string, string> = { is: 'are', was: 'were', has: 'have', "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't", does: 'do', "doesn't": "don't" };

export default defineRule({
  id: 'blame-shifting',
  kind: 'presence',
  severity: 'error',
  description: 'Own the problem instead of pointing at a courier, supplier, system or the customer.',
  rationale:
    'Customers chose you, not your courier or payment provider, and they do not care whose fault it was: they want someone to take charge and fix it (seeds 000, 001, 002, 003). Pointing at a third party, at the customer, or at the terms they agreed to reads as an excuse. State facts the customer needs without assigning fault.',
  examples: {
    bad: [
      'Our courier lost your parcel, so it is out of our hands.',
      'Our hosting provider is having some trouble this morning.',
      'You failed to enter the right delivery address.',
      'As stated in our terms, refunds take 10 days.',
      'This is specific to your setup, not something we changed.',
      'The delay was caused by our payment processor.',
    ],
    good: [
      'We lost track of your parcel, and I have sent a new one today.',
      'This is not your fault, and we are not going to blame the courier.',
      "I've asked the courier to collect the damaged parcel tomorrow.",
      "The courier's tracking page shows it was delivered at 2pm.",
      'You should have received a confirmation email by now.',
      "You shouldn't have had to chase us for this.",
    ],
  },
  check(draft, report) {
    for (const found of [...draft.find(THIRD_PARTY), ...namedColleagues(draft)]) {
      // A possessive ("our provider's gateway") is matched whole; judge the name itself.
      const hit = /['’]s$/.test(found.text) ? { start: found.start, end: found.end - 2, text: found.text.slice(0, -2) } : found;
      const finding = thirdParty(draft, hit);
      if (finding) report(finding);
    }
    for (const hit of draft.find(CUSTOMER_CONDUCT)) {
      if (draft.isNegated(hit.start, 4) || draft.isQuoted(hit.start, hit.end)) continue;
      report(customerConduct(draft, hit));
    }
    for (const hit of draft.find(TERMS)) {
      if (draft.isNegated(hit.start, 6) || draft.isQuoted(hit.start, hit.end)) continue;
      report(terms(draft, hit));
    }
    for (const hit of draft.find(PLAN)) {
      if (draft.isQuoted(hit.start, hit.end)) continue;
      report({
        start: hit.start,
        end: hit.end,
        message: "Points at the customer's plan instead of helping.",
        suggestions: [{ desc: 'Say what you can do on their plan', text: matchCase(hit.text, '[what we can do for you on your current plan]') }],
      });
    }
    for (const hit of draft.find(NOT_US)) {
      if (draft.isQuoted(hit.start, hit.end) || draft.isNegated(hit.start, 4)) continue;
      if (/end$/i.test(hit.text) && !clauseHasFault(draft, hit)) continue; // "check on your end" is a request
      report({
        start: hit.start,
        end: hit.end,
        message: 'Pushes the cause away from you; the customer wants it fixed, not disowned.',
        suggestions: [{ desc: 'Say what you know and what you are doing', text: "[what we know about the cause, and what we're doing about it]" }],
      });
    }
  },
});

/** "Dave in our porting team": a named colleague, cast as the cause. */
const NAMED_COLLEAGUE = /\b[A-Z][a-z]+ (?:in|from|on|at) (?:our|the) (?:[\w-]+ )?(?:team|department|office|depot|warehouse|branch|store|desk)\b/g;

function namedColleagues(draft: Draft): LexiconMatch[] {
  return [...draft.prose.matchAll(NAMED_COLLEAGUE)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

function clauseHasFault(draft: Draft, hit: LexiconMatch): boolean {
  const sentence = draft.sentenceAt(hit.start);
  if (!sentence) return false;
  return draft.findIn(FAULT, sentence).length > 0;
}

function thirdParty(draft: Draft, hit: LexiconMatch): ReportDescriptor | null {
  const sentence = draft.sentenceAt(hit.start);
  if (!sentence || draft.isQuoted(hit.start, hit.end)) return null;
  const clauseFrom = clauseStart(draft.prose, sentence.start, hit.start);
  const before = draft.prose.slice(sentence.start, hit.start);
  const after = draft.prose.slice(hit.end, sentence.end);
  const faults = draft.findIn(FAULT, sentence).filter((f) => !draft.isNegated(f.start, 4));
  if (draft.isNegated(hit.start, 5)) return null;
  const who = hit.text.replace(/^(?:our|the|a|an|their|your)\s+/i, '');
  const message = `Blames ${/^(?:one of|another|other)/i.test(hit.text) ? hit.text : `the ${who}`}; the customer wants to hear what you will do.`;

  // "the courier's fault / mistake / error"
  const possessive = /^['’]s\s+(fault|mistake|error)/i.exec(after);
  if (possessive) {
    return { start: hit.start, end: hit.end + possessive[0].length, message, suggestions: [{ desc: 'Own it', text: matchCase(hit.text, `our ${possessive[1]}`), safe: true }] };
  }
  // "caused by / due to an issue with our courier" (not "due to the storm, and our engineers…")
  const connector = CAUSE_CONNECTOR.exec(before);
  const bridged = connector && /,|\band\b|\bbut\b/i.test(before.slice(connector.index + connector[0].length));
  if (connector && !bridged && connector.index + sentence.start >= clauseFrom - 30) {
    const start = sentence.start + connector.index;
    return { start, end: hit.end, message, suggestions: [{ desc: 'Own the cause', text: 'because of a mistake on our side' }] };
  }
  // "Our courier lost your parcel": the third party is the subject of a fault.
  const lead = draft.prose.slice(clauseFrom, hit.start);
  // "our payment provider's gateway took…": the thing they own is the subject;
  // "our delivery partner, ParcelRun, is…": a name in apposition sits between subject and verb.
  const owned = (/^['’]s\s+[\w-]+/.exec(after) ?? /^,\s+(?:[A-Z][\w&.'’-]*\s*){1,3},/.exec(after))?.[0].length ?? 0;
  const verb = /^\s+(?:has\s+been|have\s+been|had|has|have|is|are|was|were|isn['’]t|wasn['’]t|hasn['’]t|didn['’]t|did\s+not|does|doesn['’]t)?\s*(\w+)/i.exec(after.slice(owned));
  const subject = OPENERS.test(lead) && verb !== null;
  const faultInClause = faults.some((f) => f.start > hit.end && f.start < hit.end + owned + 80);
  if (!subject || !faultInClause) {
    // "I checked with our handling partner, and they misrouted your bag."
    // "…came from our card processing partner, who sent the same transaction twice."
    const pronoun = /^[^.;!?]*?(?:,|\band\b|\bbut\b)\s+(?:they|it|he|she|who|which)\s+(?:have\s+|had\s+|has\s+)?/i.exec(after);
    if (!pronoun) return null;
    const from = hit.end + pronoun[0].length;
    if (!faults.some((f) => f.start >= from && f.start < from + 40)) return null;
    if (/\b(?:who|which)\s+(?:have\s+|had\s+|has\s+)?$/i.test(pronoun[0])) {
      // A relative clause: "from our partner, who sent it twice" → "from us, and we sent it twice".
      return { start: hit.start, end: hit.end, message, suggestions: [{ desc: 'Own it', text: 'us, and we ', end: from, safe: true }] };
    }
    return { start: hit.start, end: hit.end, message, suggestions: [{ desc: 'Own it', text: matchCase(hit.text, 'we'), safe: true }] };
  }
  const aux = /^\s+(is|was|has|isn['’]t|wasn['’]t|hasn['’]t|does|doesn['’]t)\b/i.exec(after.slice(owned));
  const restStart = hit.end + owned + (aux ? aux[0].length : 0);
  // The finding covers the clause: "Our courier lost your parcel" → "We lost your parcel".
  const clauseEnd = restStart + /^[^,;.!?\n]*/.exec(draft.prose.slice(restStart))![0].trimEnd().length;
  const we = startsSentence(draft, hit.start) ? 'We' : 'we';
  const agreed = aux ? ` ${AGREEMENT[aux[1]!.toLowerCase().replace('’', "'")] ?? aux[1]}` : '';
  const text = `${we}${agreed}${draft.text.slice(restStart, clauseEnd)}`;
  return { start: hit.start, end: clauseEnd, message, suggestions: [{ desc: 'Own it: say what we did', text, safe: true }] };
}

function customerConduct(draft: Draft, hit: LexiconMatch): ReportDescriptor {
  const message = 'Blames the customer; own the problem and help them fix it.';
  const text = hit.text;
  let rewrite = '[what happened, without blame]';
  let end = hit.end;
  if (/(failed|forgot|neglected) to$/i.test(text)) rewrite = "we didn't help you";
  else if (/^you (didn't|did not|never) (.+)$/i.test(text)) rewrite = `we didn't help you ${/^you (?:didn't|did not|never) (.+)$/i.exec(text)![1]}`;
  else if (/^you should have (.+)$/i.test(text)) rewrite = `we should have reminded you to ${infinitive(/^you should have (.+)$/i.exec(text)![1]!)}`;
  else if (/your (fault|mistake|error)$/i.test(text)) rewrite = text.replace(/your (fault|mistake|error)$/i, 'our responsibility to fix');
  else if (/^user error$/i.test(text)) rewrite = 'a mistake we could have prevented';
  else end = hit.end;
  return { start: hit.start, end, message, suggestions: [{ desc: 'Take ownership', text: matchCase(text, rewrite) }] };
}

function terms(draft: Draft, hit: LexiconMatch): ReportDescriptor {
  // Delete "As stated in our terms, " and start the sentence with what follows.
  const tail = /^\s*,?\s*/.exec(draft.text.slice(hit.end))![0];
  const nextWord = /^[\w'’]*/.exec(draft.text.slice(hit.end + tail.length))![0];
  const atStart = startsSentence(draft, hit.start);
  return {
    start: hit.start,
    end: hit.end,
    message: 'Hides behind the terms instead of helping; the customer hears "not our problem".',
    suggestions: [
      atStart && nextWord
        ? { desc: 'Drop the reference to the terms', text: nextWord[0]!.toUpperCase() + nextWord.slice(1), end: hit.end + tail.length + nextWord.length, safe: true }
        : { desc: 'Drop the reference to the terms', text: '', end: hit.end + tail.length, safe: true },
    ],
  };
}
