/**
 * Cue phrases for the parts of a complete apology (seed 002) and the other things the
 * absence rules look for. Each part is judged by meaning in rules/shared/parts.ts: a cue
 * that is negated, quoted, hypothetical or about the past does not count.
 */
import { lexicon } from '../../src/draft/lexicon.js';

// ── how it is fixed ──────────────────────────────────────────────────────────
const FIX_PARTICIPLE =
  '(refunded|reimbursed|credited|compensated|replaced|reshipped|resent|re-sent|sent|shipped|dispatched|posted|fixed|corrected|repaired|restored|recovered|reversed|waived|removed|cancelled|canceled|rebooked|rescheduled|booked|upgraded|reinstated|unlocked|unbanned|reactivated|re-enabled|reissued|redelivered|arranged|applied|added|released|unblocked|lifted|returned|paid|covered|expedited|processed|issued|ordered|approved|deployed|patched|rolled back|topped up|raised a refund|put through|unfrozen|unsuspended|restarted|refunding|matched|resubmitted|re-submitted|reseated|re-seated|renewed|re-run|reprocessed|re-processed|reconnected|re-connected|removed the|switched|moved|honoured|honored|adjusted|amended|updated your|changed your|moved you|put you on|transferred|switched you|re-run|rerun|resolved|sorted|granted|gifted|delivered)';
const FIX_BASE =
  '(refund|reimburse|credit|compensate|replace|reship|resend|re-send|send|ship|dispatch|post|fix|correct|repair|restore|recover|reverse|waive|remove|cancel|rebook|reschedule|book|upgrade|reinstate|unlock|unban|reactivate|re-enable|reissue|redeliver|arrange|apply|add|release|unblock|lift|return|pay|cover|expedite|process|issue|order|approve|deploy|patch|roll back|top up|raise a refund|put through|unfreeze|match|honour|honor|adjust|amend|update your|change your|move you|put you on|transfer|switch you|switch your|move your|resubmit|re-submit|renew|reprocess|reconnect|re-run|rerun|resolve|sort|grant|gift|deliver|get (a|the|your) (new|replacement|refund))';
const FIX_ING =
  '(refunding|reimbursing|crediting|replacing|reshipping|resending|sending|shipping|dispatching|fixing|correcting|repairing|restoring|reversing|waiving|removing|cancelling|canceling|rebooking|rescheduling|booking|upgrading|reinstating|unlocking|reactivating|reissuing|arranging|applying|adding|releasing|covering|expediting|processing|issuing|ordering|deploying|patching|rolling back|honouring|honoring|adjusting|transferring|granting)';
const FIX_PAST_ONLY =
  '(fixed|corrected|restored|repaired|resolved|refunded|reimbursed|credited|compensated|reshipped|resent|re-sent|reversed|waived|rebooked|reinstated|unlocked|unbanned|reactivated|re-enabled|reissued|redelivered|expedited|patched|unblocked|topped up|honoured|honored|arranged)';

const WE = "(I|we|I've|we've|I'll|we'll|I'm|we're|I am|we are|I have|we have|I will|we will|I had|we had)";
const ADVERB = '(just|now|already|also|personally|gone ahead and|go ahead and|since|today|immediately|manually|quickly|fully|then|happily|be happy to|be glad to)';

export const FIX = lexicon('part:fix', [
  `(I've|we've|I have|we have|I had|we had|I've now|we've now) (${ADVERB} )?${FIX_PARTICIPLE}`,
  `(I'll|we'll|I will|we will|I can|we can|let me|I'd like to|we'd like to|I'd be happy to|we'd be happy to|I'm happy to|we're happy to|I'm going to|we're going to|I am going to|we are going to|I want to|we want to|I'd be glad to|we'd be glad to|I could|we could|our team will|the team will|engineers will|an engineer will) (${ADVERB} )?${FIX_BASE}`,
  `(I'm|we're|I am|we are) (now |currently |already )?${FIX_ING}`,
  `(I|we) (${ADVERB} )?${FIX_PAST_ONLY}`,
  `(I|we) (${ADVERB} )?(rolled back|reverted|undid|cleaned up|removed the (duplicate*|extra|wrong|incorrect|double|second) (* )?)`,
  '(refund|replacement|credit|reimbursement|compensation|voucher|new card|fix|patch|correction|payment|repair|rebooking|upgrade|new (one|order|parcel|item|router|device|bill|statement)|full amount|money|fee|charge|hold|ban|suspension|block|duplicate( charge| payment)?|difference|balance|account|access|service|connection|order|booking|flight|appointment|visit|engineer) (has|have) (now |already |just )?been (issued|processed|sent|shipped|applied|approved|dispatched|posted|deployed|released|added|credited|arranged|booked|refunded|reversed|waived|removed|cancelled|canceled|lifted|restored|reinstated|unlocked|returned|paid|reissued|raised|put through|corrected|fixed|rolled out|scheduled|upgraded|re-sent|resent|reshipped|expedited|unfrozen)',
  '(refund|replacement|credit|reimbursement|compensation|voucher|new card|fix|patch|correction|payment|new (one|order|parcel|item|router|device|bill|statement)|charge|fee|hold|ban|suspension|engineer|difference|full amount) (is being|will be|was|is) (issued|processed|sent|shipped|applied|approved|dispatched|posted|deployed|released|added|credited|arranged|booked|refunded|reversed|waived|removed|lifted|restored|reinstated|returned|paid|reissued|put through|corrected|fixed|rolled out|scheduled|on its way|with you)',
  '(has|have) (now |already |just |also )?been (ordered|packed|dispatched|arranged|completed|issued|processed|refunded|reversed|waived|removed|lifted|restored|reinstated|unlocked|unblocked|unfrozen|rebooked|moved|switched|renewed|reconnected|credited|re-sent|resent|reshipped|resubmitted|corrected|fixed|resolved|repaired|replaced|upgraded|applied|added to your account|sent to your (mailbox|inbox|account|email|address)|approved|released|reactivated|re-enabled|reset|rescheduled|booked)',
  '(was|were) (completed|unbanned|lifted|restored|reinstated|unlocked|unblocked|unfrozen|rebooked|renewed|reconnected|refunded|reversed|waived|credited|corrected|fixed|resolved|repaired|replaced|reactivated|re-enabled|resubmitted|reissued|reshipped|re-sent|resent)',
  "(will be|is being|'ll be|are being|will now be|is now being) (issued|processed|refunded|reversed|waived|removed|lifted|restored|reinstated|unlocked|credited|re-sent|resent|reshipped|corrected|fixed|repaired|replaced|applied|released|reconnected|returned|paid|sent|shipped|dispatched|delivered|rebooked|rescheduled)",
  "(I've|we've|I have|we have|I|we) (asked|arranged for|instructed|told|booked|got|had) (them|the|our|a|an) (* )?(* )?to (reverse|refund|send|ship|resend|replace|fix|repair|restore|credit|visit|call|reconnect|collect|redeliver|deliver|waive|remove|unlock|reinstate|rebook)",
  '(and|then) (have |has |also )?(resolved|sorted|completed|unlocked|refunded|credited|reversed|waived|rebooked|reinstated|restored|reissued|resubmitted|reshipped|re-sent|resent|fixed|corrected|replaced|switched|moved|removed|lifted|unblocked|reconnected|renewed|applied)',
  "(it's|it is|they're|they are|this is|your (refund|replacement|parcel|order|card|money|credit)( is)?) on (its|their|the) way",
  '(are|is) on (its|their) way back',
  '(is|are) (now |already )?(booked|scheduled|rebooked|rescheduled|arranged|confirmed) (for|in|on)',
  '(replacement|replacements|refund|new) (* )?(* )?(is|are) (already |now )?(packed|dispatched|sent|booked|ready|on order|being (packed|made|prepared))',
  '(went|has gone|have gone|is going|goes|will go) out (by|today|this|tomorrow|first|on|in|to you)',
  '(hotfix|fix|patch|update|repair|correction) (#.# |# |* )?(goes|will go|is going|went|has gone|is|will be) live',
  "(crew|engineer|engineers|technician|technicians|team|specialist|plumber|installer|courier|driver) (will|'ll|is going to|are going to) (attend|visit|come|be with you|be out|fix|repair|clean|collect|deliver|reconnect|replace|install)",
  "(it'll|it will|it's going to|it is going to|service will|connection will|access will|your (* )?(line|service|broadband|fibre|connection|account|access|supply|power|water|card|app) will) be (live|back|working|up and running|connected|restored|fixed|active|reconnected|unlocked|available again)",
  "(you'll|you will|you should) (now )?(receive|get|see) (a|the|your) (full )?(refund|replacement|credit|voucher|money|new card|new one|reimbursement|compensation|difference)",
  '(fix|patch|update|correction|repair) (is|has been|was|will be|went) (live|out|deployed|released|rolled out)',
  "(it's|it is|everything is|service is|this is|the issue is|your account is|access is) (now )?(fixed|resolved|back up|restored|working again|back online|back to normal|sorted)",
  "(I've|we've|I have|we have) (made sure|ensured) (that )?(your|the|you)",
]);

/** "I've sent your complaint to the team" is passing it on, not fixing it. */
export const NOT_A_FIX_OBJECT =
  /^\s+(?:(?:it|this|that)\s+on\b|(?:your|the|a|this)\s+(?:\w+\s+)?(?:feedback|complaint|case|ticket|concern|details|request|note|message|comments?|query|report|survey|email|link|instructions|guide|steps|form)\b)/i;

// ── when ──────────────────────────────────────────────────────────────────────
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)';
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)';
const COUNT = '(#|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty|thirty|a few|a couple of|a couple|the next|the next #|the next few|24|48|72)';
const UNIT = '(minute|minutes|hour|hours|day|days|business days|working days|weekdays|week|weeks|banking days|bank days|month)';

export const TIMELINE = lexicon('part:timeline', [
  `(by|before|on|until|this|next|from|no later than|first thing) ${WEEKDAY}`,
  `${WEEKDAY} (morning|afternoon|evening|night)`,
  `#(st|nd|rd|th)? (of )?${MONTH}`,
  `${MONTH} #(st|nd|rd|th)?`,
  '#/#(/#)?',
  '#(am|pm|a.m.|p.m.)',
  '# (am|pm|a.m.|p.m.)',
  '#:#',
  '(by|before|until|at) (noon|midnight|the end of (the )?(day|week|month)|end of (the )?(day|week|month|today|tomorrow|business)|close of business|COB|EOD|the weekend|lunchtime|tonight)',
  `(within|in|over|after) ${COUNT} ${UNIT}`,
  `within (a|an|the) ${UNIT}`,
  `(within|in) (the next )?(#|one|two|three|24|48|72)(-| )(hour|day|week)`,
  `# (to|-|–|or) # ${UNIT}`,
  `#(-|–)# ${UNIT}`,
  `# ${UNIT}`,
  '(today|tomorrow|tonight|this (morning|afternoon|evening|week|weekend))',
  '(later|earlier) today',
  '(next|this coming) (week|month)',
  'overnight',
  '(the )?end of (the )?(day|week|month)',
  '(the|your) next (bill|billing cycle|statement|invoice|payment date|billing date)',
  "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)('s)? (delivery|update|release|patch|visit|appointment)",
]);

/**
 * A timeline dates the fix only in a sentence that looks forward to something happening
 * ("it will reach you by Friday", "you should see it within 3 days") or that reports the
 * fix itself ("we lifted the restriction earlier today"). "Claims must be submitted within
 * 21 days" and "the site went down this morning" date something else.
 */
export const FUTURE = /\b(?:will|['’]ll|going to|expect(?:ed)?|due|scheduled|should (?:be|arrive|see|reach|show|land|get|have|hear|receive|appear|clear)|arriv\w*|on (?:its|their) way|back (?:up|online|to normal|in stock)|goes live|go live|ready|aim to|plan to|booked|rebooked|confirmed for|leaves|ships|departs|goes out|lands|dispatches|posts|reaches|clears)\b/i;
export const NOT_FUTURE = /\b(?:will|['’]ll)\s+(?:never|not)\b|\bwon['’]t\b|\bevery\s+(?:\d|hour|day|few|couple|week|morning|evening|month)/i;

// ── how it won't happen again ─────────────────────────────────────────────────
const CHANGE_VERB =
  '(added|changed|updated|introduced|put in place|set up|retrained|re-trained|trained|patched|rewritten|rewrote|reworked|improved|switched|moved|replaced|upgraded|installed|built|created|adjusted|tightened|automated|doubled|increased|hired|brought in|started|begun|implemented|rolled out|amended|revised|redesigned|removed|blocked|stopped|turned off|disabled|enabled|reconfigured|briefed|coached|corrected|fixed|clarified|rewritten|reworded|split|separated|flagged your account|added a note|labelled|labeled|relabelled|relabeled|audited|extended|expanded|scheduled|launched|deployed|made|raised|lowered|reviewed and (changed|updated)|now (check|double-check|require|send|verify|confirm))';
const CHANGE_ING =
  '(adding|changing|updating|introducing|putting in place|setting up|retraining|training|patching|reworking|improving|switching|moving|replacing|upgrading|installing|building|adjusting|tightening|automating|hiring|implementing|rolling out|amending|revising|redesigning|removing|blocking|disabling|enabling|reconfiguring|clarifying|rewriting|rewording|relabelling|labelling|extending|expanding|doubling|increasing)';

export const PREVENTION = lexicon('part:prevention', [
  `(we've|we have|I've|I have|the team has|our team has|our (engineers|developers|warehouse|team|staff) (have|has)) (now |since |also |already |just )?${CHANGE_VERB}`,
  `(we're|we are|I'm|I am|the team is|our team is|our (engineers|developers) are) (now |also |already )?${CHANGE_ING}`,
  `(we'll|we will|I'll|I will|the team will|our team will) (now |also )?(be )?(add|change|update|introduce|put in place|set up|retrain|train|patch|rework|improve|switch|move|replace|upgrade|install|build|adjust|tighten|automate|hire|implement|roll out|amend|revise|redesign|remove|block|disable|enable|reconfigure|clarify|rewrite|reword|relabel|label|extend|expand|double|increase|check|double-check|verify|require|send|add a|start)`,
  '(a|an|the) (new|second|extra|additional|automatic|automated|manual|mandatory|daily|weekly|weight|address|final|two-step|double|independent) (check|checks|step|review|alert|alerts|safeguard|control|test|tests|process|warning|confirmation|verification|monitoring|backup|backups|sign-off|rule|limit|screen|prompt|reminder|scan|audit|failover|fallback)',
  '(going forward|from now on|in (the )?future|from today|from next week|from this week|from tomorrow|since then)',
  "(bug|issue|fault|problem|error|glitch|setting|rule|template|listing|label|config|configuration) (that|which) caused (this|it|the)",
  '(fixed|fixing|fix|addressed|addressing) the (underlying|root) (cause|issue|problem)',
  '(now|will now) (automatically|always) (check|checks|send|sends|flag|flags|verify|verifies|warn|warns|confirm|confirms|ask|asks|alert|alerts|hold|holds)',
]);

// ── where and when follow-up happens ─────────────────────────────────────────
export const FOLLOW_UP = lexicon('part:follow-up', [
  "(I'll|I will|we'll|we will|I'm going to|we're going to|I am going to|we are going to|I'll personally|someone will|our team will|an agent will|a specialist will|the team will|they will|they'll|an engineer will|the engineer will|a manager will|I'd like to|I'll also|we'll also|I'll then|we'll then) (personally )?(follow up|follow-up|email|e-mail|call|ring|phone|text|message|update|check in|contact|be in touch|get back to|write|reach out|let you know|keep you (posted|updated|informed|in the loop)|send you (an|a quick|a|the) (update|note|email|message|confirmation|text)|confirm|check back|come back to|circle back|keep an eye|check on|monitor|watch)",
  '(reply|respond|write back) (directly )?(to|on) (this|my) (email|message|thread|ticket|DM|note)',
  '(reply|respond|write back) here',
  "(I'll|I will|we'll|we will) (check|look at|review) (your|the|on your) (* )?(* )?again",
  "(and|then) (I'll |we'll |I will |we will )?let you know",
  '(just|simply) (reply|respond|hit reply|write back)',
  'hit reply',
  "(call|ring|text|DM|dm|message|email|e-mail|contact|reach|phone|WhatsApp) (us|me)( directly| back| any time| anytime)?( (at|on|via|by|through|here|in the app|from the app|any time))",
  '(send|drop|shoot) (us|me) a (DM|direct message|private message|message|note|line|quick message|reply|email)',
  "(you can|you're welcome to|please|feel free to) (reach|contact|call|email|message|ring|text|DM|phone|find) (me|us) (directly |any time |anytime )?(at|on|via|by|through|in|here)",
  '(you can|please|feel free to) (reply|respond) (to this|here|directly)',
  "(DM|direct message|private message|PM|message) (us|me)",
  'my (direct line|direct number|extension|direct email|email address|number|phone|mobile)',
  "(I'm|I am) (your|the) (point of contact|contact|case owner)",
  '(live chat|our chat|the chat|in-app chat|chat with us|helpline|help line|our (support|customer) (line|number|desk))',
  "(I'll|I will|we'll|we will) keep (this|your) (ticket|case|thread|conversation|request) open",
  "(I'll|we'll|I will|we will) be (in touch|back in touch|watching|monitoring|keeping an eye)",
  'ask for (me|(a|the) (supervisor|manager))',
  '(at|on) 0#',
]);

export const CONTACT_ADDRESS = /https?:\/\/\S+|\bwww\.\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+\b|(?<![\w/])\+?\d[\d ()-]{7,}\d\b/;

// ── empathy ──────────────────────────────────────────────────────────────────
const FEELING =
  '(frustrat*|upsetting|upset|stressful|stressed|disappointing|disappointed|disappointment|annoying|annoyed|annoyance|worrying|worried|worry|infuriating|maddening|exhausting|distressing|distress|aggravating|confusing|alarming|unsettling|scary|worrisome|a hassle|a pain|a nightmare|awful|horrible|anxious|anxiety|stress|let down|angry|anger|inconvenient|unfair|embarrassing|embarrassed|humiliat*|shaken|hurt|hurtful|gutting|gutted|heartbreaking|devastating|devastated|painful|a letdown|letdown|a let-down|a real letdown|disheartening|demoralising|demoralizing|helpless|stranded|scared|frightening|frightened|shocked|shocking)';

export const EMPATHY = lexicon('part:empathy', [
  `(how|so|very|really|incredibly|truly|extremely|deeply|hugely|understandably|rightly|completely|totally|must be|must have been|was|is|be|been|feel|felt|feeling|sounds|sounded|it's|that's|this is|that was|this was|what a|such a|a really|a very|an incredibly|a hugely|the) ${FEELING}`,
  `your ${FEELING}`,
  `(you're|you are|you were|you've been|you have been|you'd be|you would be|you must be|you must have been|anyone would be|I'd be|I would be|we'd be) (so |very |really |understandably |rightly |quite |completely |totally |incredibly |right to be |right to feel )?${FEELING}`,
  "I (can )?(only )?(imagine|can't imagine|cannot imagine)",
  "I (know|understand|realise|realize|appreciate|see|can see|can tell|get) (how|what|why|just how|that this|that it|this has|this was|this is|the impact|how much|what a)",
  "I (know|understand|realise|realize|appreciate|can see|can tell) (that )?(you|you'd|you've|you're|you were|your)",
  '(wiped out|ruined|spoiled|spoilt|wrecked|derailed|cost) (your|you)',
  "I (know|understand|realise|realize|appreciate|can see) (it|this|that) (made|left|meant|caused|put|cost|turned)",
  "(you|you and your (* )?(team|family|kids|children|partner|guests|colleagues|staff|customers|players|guild|friends|mother|mum|father|dad)|your (* )?(team|family|kids|children|guests|customers|players|guild)) (couldn't|could not|weren't able|were unable|missed|lost|had to|have had to|were left|were stuck|have been|has been)",
  '(shut|locked|kept|left) out of (your|the)',
  '(made|making|make) (your|things|it|life|this|the) (* )?(* )?(harder|difficult|worse|more difficult|stressful|miserable|impossible)',
  "(you|you've|you have|you'd) (had to|needed to|have had to|been forced to|were forced to|ended up having to)",
  "(I|we) (completely|totally|fully|really|absolutely) (understand|get|see) (how|why|what|your|that)",
  'I (completely |totally |fully |really )?understand your',
  '(you have|you\'ve got|you had) every right',
  '(left|leaving|leave) you (without|stranded|waiting|out of pocket|unable|in the dark|with no|with nothing|short|stuck|on hold|hanging|unsure|chasing|locked out|offline|in the cold|cold|exposed|worse off)',
  "(you|you've|you have|you'd) (had to|needed to|have had to|been forced to|were forced to|ended up having to) (chase|wait|call|contact|go|spend|pay|rearrange|cancel|miss|take|explain|repeat|sit|sleep|buy|find|borrow|work|stay|book|drive|walk|queue|write)",
  '(cost|costing|costs) you',
  '(ruined|spoiled|spoilt|disrupted|affected|derailed|upended|wrecked|interrupted|delayed|ruin|spoil|disrupt) (your|you)',
  "you (missed|lost|couldn't|could not|weren't able|were unable|were without|went without|had no|spent|wasted|were left|were stuck|were stranded|were locked out|were charged|were kept|have been without|haven't been able|have had no|have been left|have been stuck)",
  '(wasted|waste of) your',
  'out of pocket',
  '(on|for) your (birthday|wedding|anniversary|holiday|honeymoon|first day|big day|special day|launch|deadline|trip|family)',
  'the last thing you (need|needed|wanted)',
  'not (the|what) (experience|service) you (deserve|expected|should)',
  'you (deserve|deserved|should expect|expected) (better|more)',
  '(your|the) (time|trust|evening|weekend|morning|day|plans|business|livelihood|customers|savings|money|holiday|trip|work) (and|was|were|has been|have been|is|are)? (wasted|ruined|disrupted|affected|lost|put at risk|at risk|on hold)',
]);

// ── an invitation to shape the fix ───────────────────────────────────────────
export const INVITATION = lexicon('part:invitation', [
  'what would (make (this|it|things) right|help|help most|work best|work better|work for you|suit you|you prefer|you like|be most helpful|feel fair|seem fair|put (this|it|things) right|be fair|make this better|make up for)',
  'would you (prefer|rather|like)',
  "(which|whichever) (option|one|you'd prefer|would you prefer|you prefer|works best|works better|suits you|you'd like|would suit)",
  "(if|whether) you('d| would) (prefer|rather|like)",
  "(if|whether) you (prefer|want|would prefer)",
  'your (preference|choice)',
  '(happy|glad) to (do|go with|arrange) (whichever|whatever|either)',
  "(is there|if there's|if there is) anything (else )?(I|we) can do to (make|put|help put|help make|fix|set|turn)",
  'how (would you like|can I|can we|should we|do you want) (me |us )?(to )?(proceed|make (this|it|things) right|put (this|it|things) right|resolve|handle|fix|settle)',
  "(I'm|we're|I am|we are) open to",
  '(up to you|your call|you decide|you choose|your pick)',
  "(tell|let) (me|us) (know )?(what|how|which|whether) (you'd|you would|you want|would|you'd like|you need|works|suits|option|you prefer)",
  'what would you like (me|us) to do',
  '(or|either) (a|an) (refund|replacement|credit|voucher|exchange|repair)(,)? (or|if you)',
  "(tell|let) (me|us) (know )?if (you'd|you would) (rather|prefer|like)",
  '(choose|pick) (between|from|whichever)',
  'I can (also )?(offer|do) (either|both)',
  "if (that|this) (doesn't|does not|won't|will not) (work|suit) (for you)?",
  "(if|should) you('d| would)? (rather|prefer)",
  'what (matters|would matter) most to you',
]);

// ── thanks ───────────────────────────────────────────────────────────────────
export const THANKS = lexicon('part:thanks', [
  '(thank you|thanks|thank-you|many thanks|thanks so much|thank you so much|thanks very much|thank you very much|thanks a lot|thanks again|thank you again|a big thank you|huge thanks|big thanks)(,)? (so much |very much |again |too |also )?(to you )?for',
  '(I|we) (really |truly |sincerely |do |genuinely |greatly )?(appreciate|appreciated|value|valued) (your|you|the (time|detail|details|heads-up|report|feedback|patience|screenshots|photos|information)|it|that you|how)',
  '(thanks|thank you) for (your|the|letting|flagging|raising|reporting|telling|bringing|bearing|sticking|being|reaching|getting|contacting|writing|taking|sharing|pointing|waiting|holding|following|sending|giving)',
  '(appreciate|thank you for|thanks for) your (patience|understanding)',
  'grateful (for|that|you)',
  '(I|we) owe you (a|our) (thank you|thanks)',
]);

/** Thanks that is not for raising the problem or for patience. */
export const THANKS_NOT_FOR_RAISING = /^\s*(?:(?:so|very)\s+much\s+|again\s+)?for\s+(?:your\s+(?:order|purchase|custom|business|booking|payment|subscription|loyalty)|choosing|shopping|flying|being\s+(?:a|our)\s+(?:customer|member|loyal))/i;

// ── what happened, and why ───────────────────────────────────────────────────
export const WHAT_HAPPENED = lexicon('part:what-happened', [
  '(we|I) (sent|shipped|charged|billed|cancelled|canceled|mislabel*|missed|lost|forgot|deleted|broke|overcharged|double-charged|mixed up|packed|delivered|posted|applied|took|gave|told|failed|didn\'t|did not|should have|shouldn\'t have|dropped|let you down|got (this|it) wrong|made (a|an) (mistake|error))',
  '(arrived|was|were|is|are|has been|have been) (late|damaged|broken|missing|delayed|wrong|incorrect|faulty|cancelled|canceled|down|unavailable|lost|stuck|declined|blocked|frozen|overcharged|charged twice|double-charged)',
  '(the|your|our|this) (delay|outage|error|mistake|mix-up|double charge|overcharge|wrong (item|size|colour|color|order|charge|fee|amount)|cancellation|disruption|damage|bug|glitch|incident|breach|failure|miscommunication|missed appointment|missed visit)',
  'charged (you )?twice',
  '(lost|damaged|delayed|misrouted|misplaced|broke|broken|wiped|deleted|cancelled|canceled|overcharged|missed) (your|the) (* )?(parcel|order|bag|package|item|items|luggage|suitcase|booking|data|files|payment|flight|appointment|visit|delivery|save|progress|account|card|refund)',
  'never (arrived|turned up|showed up|came)',
  '(went|was|were) down',
  "(hasn't|has not|didn't|did not|haven't|have not) (arrived|been delivered|turned up|gone through|been processed|been applied)",
]);

export const CAUSE = lexicon('part:cause', [
  '(because|as) (we|I|our|of our|of a|of an|the)',
  '(the|a|an) (cause|root cause)',
  'this happened (because|when|after|since)',
  '(it )?turn(s|ed) out',
  'caused (this|the|it|your)',
  '(the|a) reason',
  '(was|is) (a|an) (bug|error|fault|mistake|glitch|misconfiguration) in',
  '(a|an) (bug|error|fault|mistake|glitch|misconfiguration|typo) (in|on|with) (our|the)',
  'what went wrong (was|is)',
  'due to (a|an|our) (mistake|error|bug|fault|oversight|misconfiguration|glitch|mix-up)',
  '(we|I) (mislabel*|misread|misconfigured|mistyped|entered|applied|picked|packed|used|set) (the|your|an|a)? (wrong|incorrect|old|outdated)',
]);

export const COMPENSATION = lexicon('part:compensation', [
  '(voucher|discount|gift card|coupon|credit|free month|goodwill|gesture|compensation|free (delivery|shipping|upgrade)|bonus|points|miles|airmiles)',
  '(on us|free of charge|complimentary|waived)',
]);
