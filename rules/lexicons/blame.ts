/** Who a reply can point at instead of owning the problem, and the words of fault. */
import { lexicon } from '../../src/draft/lexicon.js';

/** Third parties; "my" and "our" colleagues count too ("my colleague forgot"). */
const THIRD_PARTIES =
  '(courier|couriers|carrier|delivery (company|partner|driver|service|team)|driver|supplier|suppliers|vendor|manufacturer|warehouse|warehouse team|fulfil*ment (centre|center|partner|team)|bank|card issuer|hosting (provider|company)|payment (provider|processor|gateway|partner)|partner|partners|agency|third-party (provider|vendor|service)|third party|system|systems|software|IT (department|team)|team member|colleague|new hire|trainee|contractor|postal service|post office|shipping (company|partner|provider)|logistics (partner|provider|company)|cloud provider|upstream provider|platform|platform store|app store|console store|console manufacturer|ground handling (partner|agent|team|company|staff)|handling agent|ground staff|airport|airport staff|air traffic control|caterer|catering (company|partner)|installer|installers|engineer|engineers|subcontractor|subcontractors|network operator|network provider|telecoms provider|energy supplier|distributor|distribution network|grid operator|chat filter|filter|algorithm|anti-cheat|anti-cheat system|automated system|bot|publisher|developer|payment system|billing system|booking system|card network|card scheme|processor|acquirer|correspondent bank|intermediary bank|receiving bank|sending bank|fraud system|fraud team|ISP|mail provider|email provider|SMS provider|provider|providers|network provider|wholesale provider|wholesale partner|Openreach|operator|ATM operator|independent operator)';

/** Someone else who could be cast as the cause. */
export const THIRD_PARTY = lexicon('blame:third-party', [
  `(our|the|a|an|their|your|my) (hosting |payment |shipping |delivery )?${THIRD_PARTIES}('s)?`,
  // "the console manufacturer's", "our app's hosting provider", "the automated chat filter"
  `(our|the|a|an|their|your) (*'s|*) (hosting |payment |shipping |delivery )?${THIRD_PARTIES}('s)?`,
  `(our|the|a|an|their|your) * * ${THIRD_PARTIES}('s)?`,
  '(another|other) (user|users|customer|customers)',
  'one of (our|my|the) (agents|colleagues|team members|staff|drivers|couriers|contractors|suppliers|partners)',
  "(UPS|FedEx|DHL|USPS|Royal Mail|Hermes|Evri|DPD|Canada Post|Australia Post|AWS|Amazon Web Services|Stripe|PayPal)('s)?",
]);

/** Words that make a sentence about someone else a sentence about fault. */
export const FAULT = lexicon('blame:fault', [
  'lost', 'damaged', 'delayed', 'late', 'mixed up', 'mix-up', 'mislabel*', 'mistake*', 'error*', 'failed', 'failure',
  'broke', 'broken', 'forgot', 'missed', 'wrong', 'trouble', 'issue', 'issues', 'problem', 'problems', 'outage',
  'down', 'glitch', 'bug', 'backlog', 'fault', 'responsible', 'blame', 'out of our hands', 'declined', 'rejected',
  'stuck', 'misplaced', 'misrouted', 'incorrect*', "hasn't", "didn't", 'did not', 'has not', 'messed up',
  'twice', 'double', 'wrongly', 'mistakenly', 'by mistake', 'in error', 'flagged', 'which is why', "that's why",
  'that is why', 'caused', 'meant that', 'slow', 'slower', 'crashed', 'crash', 'went down', 'held up', 'overloaded',
  'failing', 'fails', 'outside of our control', 'out of our control', 'not working', 'cancelled', 'canceled', 'missed',
  'delay', 'delays', 'disruption', 'disruptions', 'difficulties',
]);

/** "The delay was caused by our courier": the connector before the third party. */
export const CAUSE_CONNECTOR = /\b(?:caused by|due to|because of|blame|fault of|on the part of|(?:rough |careless |poor )?handling by|(?:damage|damaged|mistakes?|errors?|failures?) (?:by|from)|(?:issue|problem|error|outage|delay|mistake)s? (?:with|at|from|by|on the part of))\b/i;

/** The customer cast as the cause. */
export const CUSTOMER_CONDUCT = lexicon('blame:customer', [
  'you (failed|forgot|neglected) to',
  "you (didn't|did not|never) (read|check|follow|update|select|choose|enter|tell|include|provide|confirm|click|save|back up|contact|respond|reply|pay|cancel|notice|specify|verify|install|attach|submit|review|register|activate|return|use)",
  'you should have (read|checked|followed|updated|selected|chosen|entered|told|included|provided|confirmed|clicked|saved|backed up|contacted|known|realised|realized|noticed|waited|reported|asked|looked|double-checked|paid|gone|come|called|booked|arrived|left|turned|kept|taken|made|used|logged|set|allowed|ordered|bought|packed|labelled|labeled|cancelled|canceled|requested|applied|chosen|switched|installed|tried|spoken|written|listened)',
  'you were supposed to',
  'you must have (entered|deleted|chosen|selected|typed|clicked|changed|misread|missed|forgotten|ignored)',
  'you managed to',
  "(it's|it is|this is|that's|that is|it was|this was|that was) (entirely |all )?your (fault|mistake|error)",
  'user error',
  '(had you|if you had|if you\'d) (read|checked|followed)',
  'you (ignored|misread|misunderstood)',
  'you (entered|chose|selected|ordered|typed|picked) the wrong',
  "(got|received|there was|there was still) no (answer|response|reply)",
  "you (weren't|were not|wasn't|was not) (home|in|available|there|at home|present)",
  "you (missed|didn't answer|did not answer|didn't pick up|did not pick up|ignored) (our|the|my|his|her|their) (call|calls|email|emails|engineer|driver|delivery|appointment|messages|texts)",
]);

const POLICY_KIND = '(refund |returns |return |cancellation |fare |booking |privacy |usage |fair use |acceptable use |ticket |baggage |delivery |shipping |billing |exchange |account |community |moderation |service )';

export const TERMS = lexicon('blame:terms', [
  `(as )?(stated|outlined|described|mentioned|set out|explained|specified|noted|detailed|laid out|written|clear|listed|shown|published|announced) (in|on page # of) (our|the|your) ${POLICY_KIND}?(terms|T&Cs|policy|policies|terms of service|terms and conditions|agreement|FAQ|conditions|Conditions of Carriage|contract|small print|fine print|account guide|fee schedule|price list|tariff guide|product guide|key facts|brochure|fees page|release notes|changelog|documentation|docs|help centre|help center|help article|announcement|email we sent|newsletter|welcome pack)`,
  `(per|as per|under|according to|in line with|in accordance with) (our|the|your) ${POLICY_KIND}?(terms|T&Cs|policy|terms of service|terms and conditions|agreement|conditions|Conditions of Carriage|contract)`,
  '(terms|T&Cs|agreement|conditions|contract|policy) (you|that you|which you) (agreed to|accepted|signed|read|acknowledged)',
  'you (agreed|accepted|signed|consented) (to )?(these|those|the|our) (terms|conditions|T&Cs|policy)',
  'you agreed to (our|the)',
]);

export const PLAN = lexicon('blame:plan', [
  "your (plan|tier|subscription|ticket type|account type) (doesn't|does not|isn't|is not|won't|can't|only)",
  'not (included|covered) (in|by|on) your (plan|tier|subscription)',
  '(on|with) (the|your) (free|basic|starter|lite) (plan|tier)',
]);

export const NOT_US = lexicon('blame:not-us', [
  "(not|isn't|is not|wasn't|was not) (caused by|on) (us|our end|our side)",
  'not our (fault|problem|issue)',
  'nothing to do with us',
  '(specific|related|unique|limited|due|down) to your (home )?(setup|set-up|configuration|environment|device|devices|network|browser|computer|router|firewall|settings|ISP|wifi|WiFi|wi-fi|equipment|wiring|connection|hardware|phone|console|PC)',
  'a third-party (plugin|app|extension|integration|theme)',
  '(on|at) your end',
  `(handled|processed|managed|controlled|run|operated|owned|decided|set|issued|sold|scheduled|carried out|done|performed|planned|caused|made|stopped|blocked|held|flagged|declined|rejected|picked|chosen|selected|swapped|triggered|changed|applied) (automatically |manually |entirely )?by (the|our|a|an|their|your) (*'s |* )?${THIRD_PARTIES}`,
  `(it was|that was|this was|it's|that's) (the|our) (* )?${THIRD_PARTIES}(,)? not`,
  'not (by|from|with) us',
  "(fault|problem|issue|error|mistake) (is|was|lies|lay) (on|at|with) their (side|end)",
  "(their|the (* )?(operator|courier|bank|provider|partner|supplier)'s) (fault|mistake|error|problem)",
  `(up to|down to|a matter for|the responsibility of|responsibility of) (the|your|their) (*'s |* )?${THIRD_PARTIES}`,
]);
