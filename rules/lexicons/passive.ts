/** Passive and agentless phrasing that can hide who made a mistake. */
import { lexicon } from '../../src/draft/lexicon.js';

/** Participles that describe a failure whatever the sentence ("your order was delayed"). */
export const FAULT_PARTICIPLES = [
  'delayed', 'lost', 'damaged', 'misplaced', 'misrouted', 'mislabelled', 'mislabeled', 'mishandled', 'overlooked',
  'missed', 'overcharged', 'double-charged', 'double charged', 'miscommunicated', 'misinformed', 'misquoted',
  'misdirected', 'mixed up', 'broken', 'dropped', 'ignored', 'forgotten', 'wiped', 'corrupted', 'overwritten',
  'leaked', 'exposed', 'compromised', 'neglected', 'mis-sold', 'miscalculated', 'misapplied', 'mistyped',
  'mismanaged', 'botched', 'messed up', 'left out', 'left off', 'left behind', 'omitted', 'overbooked',
  'downgraded', 'bumped', 'stranded', 'not updated', 'disconnected', 'cut off', 'overridden', 'mis-sent',
  'mis-delivered', 'misdelivered', 'erased', 'reset', 'rolled back', 'taken down', 'not followed',
  'offloaded', 'denied boarding', 'interrupted', 'disrupted', 'affected', 'impacted', 'duplicated', 'miscalculated',
];

/** Participles that are neutral unless the clause says something went wrong. */
export const NEUTRAL_PARTICIPLES = [
  'sent', 'shipped', 'delivered', 'charged', 'billed', 'applied', 'processed', 'handled', 'communicated', 'given',
  'told', 'quoted', 'packed', 'dispatched', 'issued', 'made', 'entered', 'set', 'calculated', 'explained',
  'labelled', 'labeled', 'installed', 'scheduled', 'booked', 'assigned', 'marked', 'updated', 'changed', 'taken',
  'removed', 'done', 'deleted', 'cancelled', 'canceled', 'suspended', 'blocked', 'frozen', 'locked', 'closed',
  'banned', 'flagged', 'held', 'declined', 'rejected', 'refused', 'deducted', 'debited', 'posted', 'released',
  'rescheduled', 'moved', 'changed', 'configured', 'priced', 'advertised', 'described', 'picked', 'published',
  'deployed', 'raised', 'recorded', 'registered', 'transferred', 'returned', 'logged', 'added', 'introduced', 'created',
  'generated', 'triggered', 'pushed', 'released', 'shipped out', 'rejected', 'picked up', 'rescheduled',
];

/** Neutral participles whose negation is a failure: "your refund wasn't processed". */
export const EXPECTED_ACTIONS = /^(?:sent|shipped|delivered|processed|applied|updated|refunded|issued|posted|released|returned|credited|fixed|added|booked|scheduled|recorded|logged|registered|transferred|dispatched|packed|handled|deducted|removed|cancell?ed|closed|told|given|communicated|explained|raised|picked up|answered|actioned|reviewed)$/i;

/** Participles of actions the company takes on the customer's account, hidden in the passive. */
export const ACCOUNT_ACTIONS = /^(?:suspended|blocked|frozen|locked|closed|banned|flagged|held|cancell?ed|deleted|removed|rejected|refused|rescheduled|stopped|declined)$/i;

/** Markers in a clause that turn a neutral participle into a failure. */
export const FAULT_MARKER = /\b(?:wrong|wrongly|incorrect|incorrectly|twice|double|duplicate|by mistake|in error|mistakenly|accidentally|inadvertently|erroneously|poorly|badly|late|too (?:early|late|soon)|never|not|n['’]t|without|instead of|improperly|unclearly|prematurely|unnecessarily|by accident|too much|the old|an old|outdated|still)\b/i;

/** Agentless events: "mistakes were made", "an error occurred", "we experienced an incident". */
export const AGENTLESS = lexicon('passive:agentless', [
  '(mistakes|errors|an error|a mistake|some mistakes|some errors|errors of judgement|errors of judgment) (were|was|have been|has been|had been) (made|introduced)',
  '(an|a|the|some|this|that) (error|errors|issue|issues|problem|problems|glitch|bug|outage|mistake|incident|mix-up|mixup|oversight|miscommunication|technical issue|technical error|technical problem|system error|systems error|system issue|fault|failure|disruption|misunderstanding|breakdown|lapse|slip|slip-up|hiccup|delay|delays) (occurred|has occurred|had occurred|happened|has happened|had happened|arose|has arisen|was made|was encountered|was experienced|took place|crept in|slipped through|came up|has come up|cropped up|developed|resulted)',
  '(this|that|the|your) (delay|issue|error|mistake|problem|mix-up|outage|confusion|miscommunication|situation) (happened|occurred|arose|came about)',
  '(we|I|our (systems|system|team|site|platform|servers|network|app|service)) (experienced|encountered|had|faced|suffered|saw|were hit by|was hit by|ran into|has experienced|have experienced|had experienced|are experiencing|is experiencing|were experiencing|was experiencing) (an|a|some|technical|temporary|unexpected|intermittent|an unexpected|a temporary|a technical|an isolated)? (service )?(incident|issue|issues|technical issue|technical issues|technical difficulties|difficulties|outage|error|errors|glitch|problem|problems|disruption|system issue|systems issue|downtime|interruption|service interruption)',
  "(it|this|that|the change|the policy|the price change|the update|the delay|the outage|the news|the information|the process) (was|were|has been|had been) (poorly|badly|wrongly|incorrectly|not clearly|unclearly|not well|not properly|insufficiently|inadequately) (communicated|handled|explained|labelled|labeled|managed|worded|described|announced|signposted|executed|implemented|tested)",
  '(should|could|ought to) have been (better|handled better|handled differently|clearer|faster|quicker|communicated better|communicated more clearly|done better|done differently|more clear|smoother|caught|spotted|avoided|prevented|picked up|noticed)',
  "things (went wrong|didn't go to plan|did not go to plan|got mixed up|fell through the cracks|slipped through the cracks)",
  '(something|it) (went wrong|got lost|got mixed up)',
  '(slipped|fell|falling|slipping|slip|fall) through the (cracks|net)',
  '(* )?(servers|server|systems|system|site|website|platform|network|app|service|services|game servers|login servers) (are|is|were|was|have been|has been) (experiencing|having|seeing|suffering) (an|a|some|technical|temporary|unexpected|intermittent)? (incident|issue|issues|technical issues|technical difficulties|difficulties|outage|errors|glitches|problems|disruption|downtime|instability|trouble)',
  '(the|your) (* )?(dashboard|site|website|app|service|platform|account|portal|system|servers|network|supply|connection|line|broadband|service) (was|were|has been|have been|went) (unavailable|offline|down|inaccessible|unreachable|out)',
  '(there was|there has been|there were|there have been|there had been) (a|an|some) (slight |small |minor |technical |unexpected |unfortunate )?(error|mistake|mix-up|mixup|problem|issue|delay|oversight|miscommunication|glitch|misunderstanding|processing error|system error|administrative error|clerical error|breakdown) (with|in|on|regarding|affecting|when|during|in processing)',
]);
