import type { Draft, Sentence } from '../src/draft/draft.js';
import { clauseStart } from '../src/draft/negation.js';
import { defineRule } from '../src/rule.js';
import type { ReportDescriptor } from '../src/types.js';
import { ACCOUNT_ACTIONS, AGENTLESS, EXPECTED_ACTIONS, FAULT_MARKER, FAULT_PARTICIPLES, NEUTRAL_PARTICIPLES } from './lexicons/passive.js';
import { infinitive, matchCase, startsSentence } from './shared/rewrite.js';

const alternation = (words: readonly string[]): string =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[-\s]/g, (c) => (c === ' ' ? '\\s+' : '-'))).join('|');

const PASSIVE = new RegExp(
  String.raw`\b(?<aux>was|were|has\s+been|have\s+been|had\s+been|['’]s\s+been|['’]ve\s+been|got|gets|is\s+being|was\s+being|were\s+being|is|are|wasn['’]t|weren['’]t|hasn['’]t\s+been|haven['’]t\s+been|hadn['’]t\s+been|isn['’]t|aren['’]t)` +
    String.raw`(?<neg>\s+(?:not|never)(?:\s+been)?)?` +
    String.raw`(?<adv>\s+(?:accidentally|mistakenly|incorrectly|wrongly|inadvertently|erroneously|unfortunately|somehow|also|then|initially|originally|just|apparently|unexpectedly|unnecessarily|automatically|temporarily|completely|badly|poorly))?` +
    String.raw`\s+(?<part>${alternation([...FAULT_PARTICIPLES, ...NEUTRAL_PARTICIPLES])})\b`,
  'gi',
);
const FAULT_SET = new Set(FAULT_PARTICIPLES.map((p) => p.toLowerCase()));

/** The noun phrase a passive is about: "your order", "the wrong item", "it". */
const SUBJECT = /(?:\b(?:your|the|our|this|that|these|those|a|an|my|their|its|some|all|both|his|her)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|\b(?:it|they|you|he|she|this|that|X)|\b[A-Z][\w-]*(?:\s+[\w-]+){0,2}|[£$€]?\d[\d,.]*|\b[a-z][\w'’-]*)\s*$/;
const OBJECT: Record<string, string> = { it: 'it', they: 'them', you: 'you', he: 'him', she: 'her', this: 'this', that: 'that' };

/** A same-sentence admission means the passive is not hiding anyone. */
/** A remedy in the passive is good news, not a hidden mistake: "your refund has been processed". */
const REMEDY_SUBJECT = /\b(?:refund|replacement|credit|reimbursement|voucher|compensation|fix|patch|new (?:card|one|order))\b/i;
/** A fix in the passive is good news whatever its subject: "the fee has been refunded". */
const REMEDY_VERB = /^(?:refunded|credited|reimbursed|compensated|fixed|resolved|restored|reversed|waived|repaired|replaced|corrected|reinstated|unlocked|unblocked|reconnected|rebooked|reissued|reshipped|resent|re-sent|patched|recovered|renewed|upgraded|approved|lifted)$/i;
/** A problem noun before the verb makes even a neutral verb a failure: "a bug was introduced". */
const PROBLEM_NOUN = /\b(?:bug|issue|error|problem|glitch|fault|mistake|duplicate|outage|defect|regression)s?\b/i;
const OWNED = /\b(?:by\s+(?:us|me|our\s+(?:team|staff|side|mistake|error)|my\s+team)|because\s+(?:we|I)\b|(?:our|my)\s+(?:mistake|error|fault|oversight)|on\s+(?:our|my)\s+(?:end|side|part)|that['’]s\s+on\s+(?:us|me)|(?:we|I)(?:['’]ve|\s+have)?\s+(?:made|got\s+(?:it|this)\s+wrong|mislabel\w*|forgot|missed|dropped\s+the\s+ball|messed\s+up|let\s+you\s+down))\b/i;
/** "delayed by two days" measures; "delivered by the courier" names an agent. */
const AGENT = /^\s+(?:[\w'’]+\s+){0,3}?by\s+(?!(?:#|\d|one|two|three|four|five|six|a\s+(?:few|day|week|couple|month|bit|lot)|an\s+hour|several|over|more|up\s+to|the\s+end|around|about|nearly|almost|at\s+least|mistake|accident|error|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight|noon|midnight)\b)[\w]/i;
const HYPOTHETICAL = /\b(?:if|while|whilst|once|when|whenever|unless|until|after|before|in\s+case|as\s+soon\s+as|so\s+that|to\s+make\s+sure|to\s+ensure)\b/i;
const IRREGULAR_PAST: Record<string, string> = {
  given: 'gave', taken: 'took', forgotten: 'forgot', broken: 'broke', overwritten: 'overwrote', done: 'did',
  frozen: 'froze', 'mixed up': 'mixed up', 'cut off': 'cut off', 'left out': 'left out', 'left off': 'left off',
  'left behind': 'left behind', 'taken down': 'took down', 'messed up': 'messed up', 'rolled back': 'rolled back',
};

export default defineRule({
  id: 'evasive-passive',
  kind: 'presence',
  severity: 'warn',
  description: 'Say who made the mistake: "we sent the wrong item", not "the wrong item was sent".',
  rationale:
    'Passive and agentless phrasing ("mistakes were made", "an error occurred", "your order was delayed") makes a mistake sound like weather, with nobody responsible (seeds 003, 004). Name who did it, usually "we". Passive phrasing about a fix or a neutral fact is fine.',
  examples: {
    bad: [
      'Mistakes were made in handling your claim.',
      'An error occurred while processing your payment.',
      'Unfortunately, your order was delayed.',
      'The wrong item was sent to you.',
      'It was poorly communicated that prices were changing.',
      'We experienced an incident that affected logins.',
    ],
    good: [
      'Your refund has been processed.',
      'The package was delivered at 2pm.',
      'Your order was delayed because we mislabelled it.',
      'We sent the wrong item, and a replacement is on its way.',
      'A replacement was sent to you this morning.',
      'If your parcel is delayed, I will refund the postage.',
    ],
  },
  check(draft, report) {
    const reported = new Spans();
    for (const hit of draft.find(AGENTLESS)) {
      if (draft.isQuoted(hit.start, hit.end) || draft.isNegated(hit.start, 3) || owned(draft, hit.start)) continue;
      report(agentless(draft, hit.start, hit.end, hit.text));
      reported.add(hit.start, hit.end);
    }
    const candidates: RegExpExecArray[] = [];
    PASSIVE.lastIndex = 0;
    for (let match = PASSIVE.exec(draft.prose); match; match = PASSIVE.exec(draft.prose)) candidates.push(match);
    // Passives whose verb our lists do not know ("was overlooked" is listed; "was
    // double-booked" is not) go through the same judgement.
    const listed = new Set(candidates.map((c) => c.index));
    candidates.push(...unlistedPassives(draft).filter((m) => !listed.has(m.index)));
    for (const match of candidates) {
      const finding = passive(draft, match);
      if (finding && !reported.overlaps(finding.start, finding.end)) {
        report(finding);
        reported.add(finding.start, finding.end);
      }
    }
  },
});

/**
 * A participle not in our lists: a regular `-ed`/`-en` form (not "even", "often", "open",
 * "then"…), a `-wn` one by name ("shown", not "down"), or one of the irregular `-t`
 * participles by name. Adjectives like "urgent", "different" and "important" end in -t too;
 * naming the irregular verbs keeps them out.
 */
const UNLISTED_PARTICIPLE = String.raw`(?!(?:even|often|open|then|when|seven|eleven|heaven|children|women|men|kitchen|garden|token|chicken|golden|wooden|sudden|sullen|ten|citizen|linen|oxygen)\b)[a-z][\w-]*(?:ed|en)|[\w-]*(?:shown|known|drawn|grown|thrown|blown|flown|sewn|sown|mown)|(?:built|rebuilt|felt|dealt|knelt|spelt|spilt|learnt|dreamt|burnt|meant|bent|lent|spent|sent|resent|caught|taught|bought|brought|fought|thought|sought|slept|swept|wept|crept|kept)`;
const PASSIVE_ANY = new RegExp(PASSIVE.source.replace(/\(\?<part>[^)]*\)/, `(?<part>${UNLISTED_PARTICIPLE})`), 'gi');
const KNOWN = new Set([...FAULT_PARTICIPLES, ...NEUTRAL_PARTICIPLES].map((p) => p.toLowerCase()));

/**
 * Participles that after "be" usually say how someone feels or what something is like, not
 * what was done to it: "we were worried", "the office is based in Leeds", "you are entitled".
 */
const STATE_PARTICIPLES = new Set(
  `tired worried interested excited pleased delighted thrilled concerned disappointed frustrated confused surprised shocked
  stunned amazed annoyed bored scared frightened terrified embarrassed ashamed relieved satisfied dissatisfied overwhelmed
  exhausted stressed devastated heartbroken married engaged divorced convinced determined committed dedicated supposed used
  accustomed entitled obliged aged talented skilled experienced qualified based located situated attached enclosed involved
  related known`.split(/\s+/),
);

/**
 * Passive-shaped phrases whose verb is in no list ("were misfiled", "was double-booked").
 * Only sentences that could hold a fault (a marker or a problem noun) are looked at, and the
 * word must read as something done ("the account was closed in error"), not a state or a
 * feeling ("we were worried"). The same judgement as for listed verbs then decides.
 */
function unlistedPassives(draft: Draft): RegExpExecArray[] {
  // One pass over the prose, each phrase filed under its sentence (searching sentence by
  // sentence would scan on past each sentence's end: quadratic over a long reply).
  const bySentence = new Map<Sentence, RegExpExecArray[]>();
  PASSIVE_ANY.lastIndex = 0;
  for (let m = PASSIVE_ANY.exec(draft.prose); m; m = PASSIVE_ANY.exec(draft.prose)) {
    const sentence = draft.sentenceAt(m.index);
    const part = m.groups!.part!.toLowerCase();
    if (!sentence || KNOWN.has(part) || STATE_PARTICIPLES.has(part)) continue;
    const inSentence = bySentence.get(sentence);
    if (inSentence) inSentence.push(m);
    else bySentence.set(sentence, [m]);
  }
  const found: RegExpExecArray[] = [];
  for (const [sentence, unknown] of bySentence) {
    if (FAULT_MARKER.test(sentence.text) || PROBLEM_NOUN.test(sentence.text)) found.push(...unknown);
  }
  return found;
}

function owned(draft: Draft, offset: number): boolean {
  const sentence = draft.sentenceAt(offset);
  // Once per sentence, not per passive in it: a long sentence of passives stays linear.
  return sentence !== undefined && draft.shared(`evasive-passive:owned:${sentence.start}`, () => OWNED.test(draft.prose.slice(sentence.start, sentence.end)));
}

function agentless(draft: Draft, start: number, end: number, text: string): ReportDescriptor {
  const we = startsSentence(draft, start) ? 'We' : 'we';
  let rewrite = `${we} [what we got wrong]`;
  const poorly = /(poorly|badly|wrongly|incorrectly|not clearly|unclearly|not well|not properly|insufficiently|inadequately) (\w+)$/i.exec(text);
  if (/^(?:mistakes|errors|an error|a mistake|some)/i.test(text)) rewrite = `${we} made a mistake: [what we got wrong]`;
  else if (poorly) rewrite = `${we} ${poorly[2]} ${/^(?:it|this|that)\b/i.test(text) ? 'it' : text.replace(/\s+(?:was|were|has been|had been)\s+.*$/i, '').replace(/^the\b/i, 'the')} ${poorly[1]}`;
  else if (/should have been|could have been|ought to have been/i.test(text)) rewrite = `${we} should have done better: [what we should have done]`;
  return {
    start,
    end,
    message: `"${text}" hides who made the mistake; say what we did.`,
    suggestions: [{ desc: 'Say who did it', text: rewrite }],
  };
}

function passive(draft: Draft, match: RegExpExecArray): ReportDescriptor | null {
  const groups = match.groups!;
  const participle = groups.part!.toLowerCase().replace(/\s+/g, ' ');
  const auxStart = match.index;
  const end = match.index + match[0].length;
  const sentence = draft.sentenceAt(auxStart);
  if (!sentence || draft.isQuoted(auxStart, end)) return null;
  const from = clauseStart(draft.prose, sentence.start, auxStart);
  const lead = draft.prose.slice(from, auxStart);
  if (HYPOTHETICAL.test(lead) || /\b(?:will|would|could|should|might|may|must|can)\s*$/i.test(lead)) return null;
  const subject = SUBJECT.exec(lead);
  if (!subject) return null;
  const subjectText = subject[0].trim();
  // "We were…" is about us; "customers who were affected" describes the customer.
  if (/^(?:I|we|who)$/i.test(subjectText)) return null;
  // "no data was affected" says nothing happened.
  if (/\b(?:no|none of)\s+$/i.test(lead.slice(0, subject.index + (subject[0].length - subject[0].trimStart().length)))) return null;
  const negated = Boolean(groups.neg) || /n['’]t$/i.test(groups.aux!);
  // …unless what was "refunded" was itself the mistake: "the wrong amount was refunded".
  const wrongThing = /\b(?:wrong|incorrect|duplicate|double|extra|second)\b/i.test(subjectText);
  if (REMEDY_VERB.test(participle) && !negated && !wrongThing) return null;
  const rest = draft.prose.slice(end, sentence.end);
  const clause = draft.prose.slice(from, end + (/[,;:]|\s(?:and|but|so)\s/.exec(rest)?.index ?? rest.length));
  if (negated && participle === 'affected') return null; // "your account was not affected" is good news
  if (/^\s+(?:because|as|since|after|when)\s+you\b/i.test(rest)) return null; // the cause is stated (blame is another rule's call)
  const remedy = REMEDY_SUBJECT.test(subjectText) && !negated && !FAULT_SET.has(participle);
  const fault =
    !remedy &&
    (FAULT_SET.has(participle) ||
      (negated && EXPECTED_ACTIONS.test(participle)) ||
      FAULT_MARKER.test(clause.replace(groups.part!, '').replace(/\b(?:not|never|n['’]t)\b/gi, negated ? '' : '$&')) ||
      PROBLEM_NOUN.test(lead) ||
      (ACCOUNT_ACTIONS.test(participle) &&
        /\b(?:account|card|order|booking|flight|appointment|visit|reservation|profile|payment|transfer|funds|ticket|subscription|access|job|case|claim|complaint|request|train|service|delivery|installation|repair)\b/i.test(lead) &&
        !/\b(?:at your request|as (?:you )?requested|for your (?:security|protection|safety))\b/i.test(clause)));
  if (!fault) return null;
  if (AGENT.test(draft.prose.slice(end, sentence.end)) || owned(draft, auxStart)) return null;

  const start = from + subject.index + (subject[0].length - subject[0].trimStart().length);
  const object = OBJECT[subjectText.toLowerCase()] ?? subjectText.replace(/^(?:The|Your|This|That|These|Those|A|An|Our|My|Their|Its|Some|All|Both)\b/, (w) => w.toLowerCase());
  const adverb = groups.adv ? `${groups.adv.trim()} ` : '';
  const verb = negated ? `didn't ${infinitive(participle)}` : IRREGULAR_PAST[participle] ?? participle;
  const we = startsSentence(draft, start) ? 'We' : 'we';
  const rewrite = `${we} ${adverb}${verb} ${object}`.replace(/\s+/g, ' ');
  return {
    start,
    end,
    message: `"${draft.text.slice(start, end)}" hides who did it; say "we".`,
    // Safe to apply only when the subject opens its clause: "service in your area was
    // interrupted" would become "service in we interrupted your area".
    suggestions: [{ desc: 'Say who did it', text: matchCase(draft.text.slice(start, end), rewrite), safe: opensClause(draft.prose.slice(from, start)) }],
  };
}

function opensClause(before: string): boolean {
  return /^(?:\s|,|\b(?:and|but|so|that|because|as|since|when|once|then|unfortunately|sadly|I'm afraid|it seems|yesterday|today|this morning|last night)\b)*$/i.test(before);
}

/** Spans already reported, kept sorted and apart, so checking a new one is a binary search. */
class Spans {
  private starts: number[] = [];
  private ends: number[] = [];

  /** Where a span starting at `start` goes: the first kept span that starts at or after it. */
  private slot(start: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.starts[mid]! < start) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  overlaps(start: number, end: number): boolean {
    const i = this.slot(start);
    return (i > 0 && this.ends[i - 1]! > start) || (i < this.starts.length && this.starts[i]! < end);
  }

  add(start: number, end: number): void {
    const i = this.slot(start);
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, end);
  }
}
