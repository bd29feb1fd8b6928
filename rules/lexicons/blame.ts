/** Who a reply can point at instead of owning the problem, and the words of fault. */
import { lexicon } from '../../src/draft/lexicon.js';

const THIRD_PARTIES =
  '(courier|couriers|carrier|delivery (company|partner|driver|service|team)|driver|supplier|suppliers|vendor|manufacturer|warehouse|warehouse team|fulfil*ment (centre|center|partner|team)|bank|card issuer|hosting (provider|company)|payment (provider|processor|gateway|partner)|partner|partners|agency|third-party (provider|vendor|service)|third party|system|systems|software|IT (department|team)|team member|colleague|new hire|trainee|contractor|postal service|post office|shipping (company|partner|provider)|logistics (partner|provider|company)|cloud provider|upstream provider)';

/** Someone else who could be cast as the cause. */
export const THIRD_PARTY = lexicon('blame:third-party', [
  `(our|the|a|an|their|your) (hosting |payment |shipping |delivery )?${THIRD_PARTIES}`,
  '(another|other) (user|users|customer|customers)',
  'one of (our|my|the) (agents|colleagues|team members|staff|drivers|couriers|contractors|suppliers|partners)',
  '(UPS|FedEx|DHL|USPS|Royal Mail|Hermes|Evri|DPD|Canada Post|Australia Post|AWS|Amazon Web Services|Stripe|PayPal)',
]);

/** Words that make a sentence about someone else a sentence about fault. */
export const FAULT = lexicon('blame:fault', [
  'lost', 'damaged', 'delayed', 'late', 'mixed up', 'mix-up', 'mislabel*', 'mistake*', 'error*', 'failed', 'failure',
  'broke', 'broken', 'forgot', 'missed', 'wrong', 'trouble', 'issue', 'issues', 'problem', 'problems', 'outage',
  'down', 'glitch', 'bug', 'backlog', 'fault', 'responsible', 'blame', 'out of our hands', 'declined', 'rejected',
  'stuck', 'misplaced', 'misrouted', 'incorrect*', "hasn't", "didn't", 'did not', 'has not', 'messed up',
]);

/** "The delay was caused by our courier": the connector before the third party. */
export const CAUSE_CONNECTOR = /\b(?:caused by|due to|because of|blame|fault of|on the part of|(?:issue|problem|error|outage|delay|mistake)s? (?:with|at|from|by|on the part of))\b/i;

/** The customer cast as the cause. */
export const CUSTOMER_CONDUCT = lexicon('blame:customer', [
  'you (failed|forgot|neglected) to',
  "you (didn't|did not|never) (read|check|follow|update|select|choose|enter|tell|include|provide|confirm|click|save|back up|contact|respond|reply|pay|cancel|notice|specify|verify|install|attach|submit|review|register|activate|return|use)",
  'you should have (read|checked|followed|updated|selected|chosen|entered|told|included|provided|confirmed|clicked|saved|backed up|contacted|known|realised|realized|noticed|waited|reported|asked|looked|double-checked|paid)',
  'you were supposed to',
  'you must have (entered|deleted|chosen|selected|typed|clicked|changed|misread|missed|forgotten|ignored)',
  'you managed to',
  "(it's|it is|this is|that's|that is|it was|this was|that was) (entirely |all )?your (fault|mistake|error)",
  'user error',
  '(had you|if you had|if you\'d) (read|checked|followed)',
  'you (ignored|misread|misunderstood)',
  'you (entered|chose|selected|ordered|typed|picked) the wrong',
]);

export const TERMS = lexicon('blame:terms', [
  '(as )?(stated|outlined|described|mentioned|set out|explained|specified|noted|detailed) in (our|the) (terms|T&Cs|policy|policies|terms of service|terms and conditions|agreement|FAQ)',
  '(per|as per|under|according to) (our|the) (terms|T&Cs|policy|terms of service|terms and conditions|agreement)',
  '(terms|T&Cs|agreement) (you|that you) (agreed to|accepted)',
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
  '(specific|related|unique|limited|due) to your (setup|set-up|configuration|environment|device|network|browser|computer|router|firewall|settings|ISP)',
  'a third-party (plugin|app|extension|integration|theme)',
  '(on|at) your end',
]);
