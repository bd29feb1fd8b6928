import type { Draft, LexiconMatch } from '../src/draft/draft.js';
import { defineRule } from '../src/rule.js';
import type { ReportDescriptor } from '../src/types.js';
import { CAN_DO, CANT, CANT_FEELING, REFUSAL_VERB } from './lexicons/tone.js';
import { clauseEnd, matchCase } from './shared/rewrite.js';

export default defineRule({
  id: 'cant-language',
  kind: 'presence',
  severity: 'warn',
  description: 'Lead with what you can do, not with what you cannot.',
  rationale:
    '"We can\'t", "there is nothing we can do" and "our policy does not allow" close the conversation and leave the customer with nothing (seed 001). Say what you can do instead, in the same breath; if the answer really is no, say what is possible.',
  examples: {
    bad: [
      "We can't refund a ticket after departure.",
      'Unfortunately there is nothing more we can do.',
      'Our policy does not allow exchanges on sale items.',
      "That's not possible once the order has shipped.",
      "I'm unable to change the delivery address now.",
      "This isn't something we can investigate.",
    ],
    good: [
      "I can't imagine how frustrating this has been.",
      "We can't refund the fare, but I can rebook you on tomorrow's 9:40 at no cost.",
      "You can't be charged twice for the same order; I've refunded the second payment.",
      "I can't thank you enough for your patience.",
      "We don't want you to wait any longer, so I've sent a new one today.",
    ],
  },
  check(draft, report) {
    for (const hit of draft.find(CANT)) {
      if (draft.isQuoted(hit.start, hit.end)) continue;
      const finding = refusal(draft, hit);
      if (finding) report(finding);
    }
  },
});

function refusal(draft: Draft, hit: LexiconMatch): ReportDescriptor | null {
  const sentence = draft.sentenceAt(hit.start);
  if (!sentence) return null;
  const after = draft.prose.slice(hit.end, sentence.end);
  const subjectVerb = /^(?:we|I|the team|our team)\b/i.test(hit.text);
  if (subjectVerb) {
    const verb = after.replace(/^\s+(?:(?:really|simply|just|currently|yet|ever|possibly|always|now|also|personally|officially|legally|technically)\s+)*/i, '');
    if (CANT_FEELING.test(verb)) return null;
    // "we don't / won't" is a refusal only before a verb of service ("we don't offer refunds").
    if (/(?:do not|don['’]t|won['’]t|will not)$/i.test(hit.text) && !REFUSAL_VERB.test(verb)) return null;
    if (/(?:do not|don['’]t|won['’]t|will not)$/i.test(hit.text) && /^(?:want|need|expect|think|see|believe|mean|intend|make excuses|pretend|blame|hide|waste|leave you|keep you|charge you|let (?:this|it) happen|take (?:this|it) lightly|brush)/i.test(verb)) return null;
  }
  // Paired in the same sentence with what you *can* do: that is the playbook's answer.
  const sentenceText = draft.prose.slice(sentence.start, sentence.end);
  if (CAN_DO.test(sentenceText.slice(hit.end - sentence.start)) || CAN_DO.test(sentenceText.slice(0, hit.start - sentence.start))) return null;
  const next = draft.sentences[sentence.index + 1];
  if (next && /^\s*(?:but|however|instead|what (?:I|we) can|here['’]s what|the good part|that said)\b/i.test(next.text)) return null;

  const we = /^I\b|I['’]m|^I /i.test(hit.text) || draft.voice === 'I' ? 'I' : 'we';
  const message = `"${hit.text}" closes the door; say what you can do instead.`;
  const end = hit.end + (subjectVerb ? /^\s*[\w'’-]*/.exec(after)![0].length : 0);
  if (/nothing|no way|not much|little/i.test(hit.text)) {
    // "There is nothing more we can do" → "Here's what we can do: […]"
    return { start: hit.start, end: hit.end, message, suggestions: [{ desc: 'Say what you can do', text: matchCase(hit.text, `here's what ${we} can do: [what ${we} can offer instead]`) }] };
  }
  // Keep the facts of the refusal and pair it, in the same sentence, with what you can do.
  const stop = clauseEnd(draft, end);
  const kept = draft.text.slice(hit.start, stop);
  return {
    start: hit.start,
    end,
    message,
    suggestions: [{ desc: 'Add what you can do', text: `${kept}, but what ${we} can do is [what ${we} can offer instead]`, start: hit.start, end: stop }],
  };
}
