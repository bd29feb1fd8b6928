/** Cue phrases for excuses, defensiveness, refusals, minimising and overpromising. */
import { lexicon } from '../../src/draft/lexicon.js';

// ── excuses ──────────────────────────────────────────────────────────────────
export const EXCUSE_BUSY = lexicon('excuse:busy', [
  "(we|I|the team|our team|our (staff|agents|warehouse|engineers)) (were|are|was|is|'re|'ve been|have been|has been|had been) (completely |extremely |really |very |incredibly |absolutely |a bit |a little |so |rather )?(swamped|overwhelmed|inundated|snowed under|slammed|stretched|stretched thin|busier than usual|extremely busy|very busy|really busy|incredibly busy|so busy|busy|short-staffed|short staffed|understaffed|under-staffed|short of staff|short on staff|flat out|run off our feet|drowning)",
  '(short|short-)staffed',
  'understaffed',
  '(staff|staffing) (shortage|shortages|issues|problems)',
  'a lot on our plate',
  '(doing|did|tried|trying) (our|my) (best|very best)',
  "(we're|we are|we were|I'm|I am|I was) only human",
]);

export const EXCUSE_CAUSE = lexicon('excuse:cause', [
  '(due to|because of|owing to|as a result of|given|with|following|thanks to|amid|during) (the )?(current )?(high|higher than (usual|normal|expected)|unusually high|increased|heavy|record|unprecedented|extremely high|very high|large|huge|exceptional|a high|a large|a huge|an unusually high|an increase in|a surge in|a spike in|the surge in|the high|the volume of|the number of|a backlog of|the backlog of|the) (volume|volumes|demand|call volume|call volumes|contact volume|number of (requests|orders|calls|tickets|enquiries|inquiries|emails|messages)|orders|traffic|backlog|enquiries|inquiries)',
  '(high|heavy|unprecedented|record|increased|higher than usual|unusually high) (call |contact |order |ticket )?(volume|volumes|demand)',
  '(out of|beyond|outside|outside of) (our|my) (control|hands)',
  "(it's|it is|it was|during|in|at|this is|because it's|because it is|given it's|with it being) (the )?(holiday|holidays|festive|busy|busiest|peak|Christmas|Black Friday|Cyber Monday|summer|sale|January sale|end-of-year|back-to-school) (season|period|rush|time|weekend|week)?",
  '(due to|because of|owing to|caused by|following|as a result of) (the )?(storm|storms|weather|bad weather|adverse weather|snow|snowfall|fog|heatwave|floods|flooding|strike|strikes|industrial action|pandemic|holiday|holidays|bank holiday|public holiday|traffic|circumstances)',
  '(the|a) (storm|weather|snow|strike|heatwave) (caused|meant|delayed|disrupted|affected|hit)',
  '(circumstances|factors|events) (beyond|outside) (our|my)',
  '(unforeseen|unforeseeable|unexpected|exceptional|unusual|extraordinary|unavoidable) (circumstances|events|situation|issues|problems|delays)',
  '(every|all|any|most) (product|products|device|devices|phone|phones|software|system|systems|app|apps|airline|airlines|bank|banks|provider|providers|courier|couriers|company|companies|service|services|game|games|online shop|retailer|retailers) (has|have|can have|will have|experience|experiences|gets|get|occasionally|sometimes|is|are)',
  '(these things|things like this|this sort of thing|this kind of thing|delays|mistakes|glitches|bugs|errors|outages) (happen|can happen|do happen|sometimes happen|happen sometimes|happen from time to time|are inevitable|are unavoidable|are normal|are common)',
  '(it|this) happens( to the best of us| sometimes| from time to time)',
  "(we|I) (followed|were following|was following|have followed|did follow) (our|the|standard|normal|correct|proper|usual) (process|procedure|procedures|policy|protocol|protocols|steps|guidelines)",
  "(we|I) (did|were doing) (everything|all) (we|I) could",
  'nothing (we|I) could (have )?(do|done)',
  '(a|an) (new|brand-new|recently introduced) (system|process|team|starter|member of staff)',
  "(we're|we are|we were|the team is|the team was) (still )?(new|learning|getting used to|adjusting to|migrating|transitioning)",
  '(teething|early) (problems|issues|troubles)',
  '(due to|because of|owing to|for|following) (operational|technical|logistical|security|safety|staffing|capacity|scheduling) (requirements|reasons|issues|needs|constraints|difficulties|problems|pressures)',
  '(due to|because of|owing to|as a result of|thanks to|amid|with) (the )?(* )?(* )?(traffic|demand|volume|volumes|backlog|rush|surge|spike|influx)',
  '(happen|happens|occur|occurs) (from time to time|all the time|occasionally|sometimes|regularly)( (with|in|at|across|for))? (any|every|all|most)',
  '(followed|follow|was following|were following|acted in line with|acted according to) (the|our|his|her|their|company|standard) (correct |proper |standard |usual |normal |right |required |agreed |set )?(procedure|procedures|process|policy|protocol|protocols|guidelines|rules|script)',
  '(is|are|was|were|it\'s|that\'s) (quite |perfectly |completely |entirely )?(normal|common|usual|standard|typical|to be expected|expected) (for|at|in|during|with) (this time of year|winter|summer|the season|peak|launch|a launch|any|most|all|new)',
  '(like|as with|just like) (every|any|all|most|many) (other )?(airline|airlines|bank|banks|company|companies|provider|providers|retailer|retailers|game|games|platform|platforms|shop|shops|store|stores|business|businesses|studio|studios|carrier|carriers|utility|utilities|supplier|suppliers)',
  '(an |a )?industry(-| )wide (problem|issue|challenge)',
  '(every|any|all|most) (* )?(shooter|shooters|game|games|airline|airlines|bank|banks|provider|providers|company|companies|retailer|retailers|platform|platforms|online game|online games) (deals|deal|has|have|faces|face|struggles|struggle|suffers|suffer|sees|see) (with )?(it|this|them|these|the same|cheaters|delays|outages)',
  '(can|could|may|might|will) happen (to|with) (any|every|all|most)',
  '(with|after|during|because of|due to|given) (the )?(storm|storms|snow|floods|flooding|heatwave|strike|strikes|weather)( last (week|night|month)| this week)?',
  '(team|staff|people|drivers|engineers|agents|colleagues|pickers|crew) (off sick|out sick|on holiday|on leave|off work|sick|isolating)',
  '(far |much |significantly |a lot |way )?(higher|busier|heavier|greater|more) than (forecast|expected|anticipated|usual|normal|planned|predicted)',
  "(we're|we are|we're only|we are only|as) (only )?a (small|tiny|new|young|lean) (team|company|business|startup|studio|shop|operation)",
  '(had to|have to|needed to|were waiting|are waiting|was waiting) (wait )?(for|on) (the )?(council|contractor|contractors|authorities|local authority|supplier|partner|landlord|permit|permits|police|third party|manufacturer|courier|insurer)',
]);

// ── defensive tone ───────────────────────────────────────────────────────────
export const DEFENSIVE_PHRASE = lexicon('defensive:phrase', [
  '(as|like) (I|we) (already |previously |have |had |have already |had already |clearly |explicitly )?(said|mentioned|explained|stated|noted|told you|pointed out|advised|informed you)',
  '(as|like) (previously|already|clearly|explicitly) (mentioned|stated|explained|noted|advised|communicated)',
  '(per|as per|as stated in|see) my (last|previous|earlier) (email|message|reply|response|note)',
  '(to be fair|in fairness|to be honest|to be clear|let me be clear|let me be very clear)',
  'with (all )?due respect',
  'calm down',
  '(for future reference|in future please|next time please|please be aware that|please understand that|you should know that|you must understand)',
  '(as you (can see|should know|would know|will see|may know|are aware|know)|as (is|was) (clearly )?(stated|shown|explained|written))',
  '(non-issue|not an issue|not a real issue|not a bug|no bug|working as (intended|designed|expected)|works as (intended|designed|expected)|that is how it works|that\'s how it works|this is expected behaviou?r|expected behaviou?r)',
  '(nope|not really|no offence|no offense|good luck with that|it\'s not rocket science|it\'s that simple|it is that simple|it\'s very simple|it is very simple|that\'s on you)',
  '(the good news is|on the bright side|look on the bright side|the silver lining|the upside is|at least (it|you|your|the|nothing))',
  "(there is|there's|there was) (no|nothing) (bug|issue|problem|fault|error|wrong) (with|on|in) (our|the)",
  "(nothing|there's nothing|there is nothing) wrong with (our|the|your)",
  '(we|I) (are|am|were) (only )?(not )?(obliged|obligated|required|bound) to',
  "we're (only |not )?(obliged|obligated|required|bound) to",
  '(our|the) (packaging|boxes|product|products|app|service|system|process|staff|team|drivers|software|network|food|ingredients|seats|policy|policies|terms|pricing|prices|fees|game|servers|game servers) (is|are|was|were) (perfectly |more than |completely |totally |entirely |fully |extremely )?(sufficient|adequate|fine|robust|safe|secure|reliable|fair|reasonable|clear|standard|industry-standard|competitive|tested|high quality|high-quality|of (the )?(highest|high|excellent) (quality|standard)|well made|well-made|rigorously tested|thoroughly tested|correct|accurate|working)',
  '(is|are|was|were) (made|built|designed|tested|manufactured|produced|sourced) (with|to|from|using|under) (quality|high-quality|the highest|rigorous|strict|premium|industry|top)',
  '(pass|passes|passed|meet|meets|met|exceed|exceeds|exceeded|comply with|complies with|complied with) (all )?(drop tests|industry standards|all (safety|quality) standards|(safety|quality|regulatory|legal) (standards|requirements|checks)|quality control|strict (standards|checks)|every (check|test))',
  '(passwords|password|usernames|username|codes|emails|fields|logins|promo codes|voucher codes) (are|is) case(-| )sensitive',
  '(clearly|plainly|explicitly) (states|stated|says|said|shows|showed|marked|labelled|labeled|displayed|written|listed|explained)',
  '(it|this|that) (was|is) (clearly|plainly) (stated|shown|marked|labelled|labeled|explained|written|displayed|listed)',
  "(you|customers) (would have|could have|should have) (seen|known|noticed|read)",
  "if you('d| had) (read|checked|looked)",
  '(performs|perform|works|work|is working|are working|is performing|operates|runs) (exactly |perfectly |fully )?(as advertised|as described|as expected|as intended|as designed|within spec|to spec)',
  'within the (* )?(minimum|guaranteed|advertised|contracted|stated|agreed|normal) (speed|speeds|range|limits|window|tolerance)',
  '(is|are|were|was) designed to (flex|bend|withstand|handle|cope|absorb|take|protect)',
  '(a )?small price (to pay )?for',
  '(was|is|were) the (right|correct|only|best|fair) (call|decision|thing to do|choice|approach)',
  '(charge|charges|fee|fees|bill|amount|price|prices|rate|rates|pricing|invoice|balance|decision|ban|suspension|restriction) (* )?(* )?(* )?(* )?(is|are|was|were) (correct|accurate|right|valid|fair|legitimate|justified|final)',
  '(is|are|were|was) (clearly |all )?(listed|displayed|shown|published|stated|advertised|explained|set out|available) (on|in) our (website|site|app|terms|FAQ|help centre|help center|welcome text|price list)',
  'please note that',
]);

/** Adverbs that argue when they open a clause or qualify the customer's claim. */
export const DEFENSIVE_ADVERB = lexicon('defensive:adverb', ['actually', 'clearly', 'obviously', 'evidently', 'of course', 'simply put', 'frankly', 'honestly']);

/** "you need to…" talks down when it answers a complaint. */
export const YOU_NEED_TO = lexicon('defensive:you-need-to', [
  '(you need to|you have to|you must|you should|you ought to|you will need to|you\'ll need to|you\'ll have to|you will have to|you are required to|you\'re required to)',
]);

// ── can't ────────────────────────────────────────────────────────────────────
export const CANT = lexicon('cant', [
  "(we|I|the team|our team) (really |simply |just |unfortunately |sadly |still |currently )?(can't|cannot|can not|couldn't|could not|won't be able to|will not be able to|were unable to|was unable to|weren't able to|wasn't able to|don't have the ability to|have no way to|have no way of|do not|don't|won't|will not|are unable to|am unable to|aren't able to|are not able to|am not able to|are not in a position to|aren't in a position to|am not in a position to|are not allowed to|aren't allowed to|am not allowed to|are not permitted to|aren't permitted to|am not permitted to|are not authorised to|are not authorized to|am not authorised to|am not authorized to)",
  "(we're|I'm) (really |simply |just |unfortunately |sadly |still |currently )?(unable to|not able to|not in a position to|not allowed to|not permitted to|not authorised to|not authorized to)",
  "(there is|there's|there isn't|there is not|there was|there wasn't) (really |simply |unfortunately )?(nothing|not much|nothing more|nothing else|little|no way|nothing further) (more )?(we|I|that we|that I|anyone) (can|could|are able to|am able to) (do|offer)",
  "(it's|it is|that's|that is|this is|it isn't|it is not|that isn't|that is not|this isn't|this is not|which is not|which isn't) (simply |just |unfortunately |sadly |really )?(not )?(possible|impossible|something (we|I) (can|could|are able to|am able to|do|offer)|an option|something we offer|available)",
  "(not|isn't|is not) something (we|I) (can|could|are able to|am able to|do|offer|provide)",
  "(our|the|company) (policy|policies|terms|system|systems|rules|process|procedure) (does not|doesn't|do not|don't|won't|will not|cannot|can't|prevent|prevents|prohibit|prohibits|forbid|forbids) (allow|permit|let|support|cover|us|me|refunds|exchanges|this)?",
  '(policy|policies|rules|regulations) (prevent|prohibit|forbid|stop) (us|me)',
  '(unfortunately|sadly|regrettably), no',
  '(we|I) (have|had) no (way|option|choice|ability) (to|of|but)',
  '(is|are|was|were) (non-refundable|non-transferable|not refundable|not eligible|ineligible|final)',
  '(no|not) (refunds|exchanges|returns|compensation|exceptions) (are|can be|will be)? (given|offered|issued|made|possible|available|allowed)',
  'out of (the question)',
]);

/** Verbs after "we can't" that are about the writer's feelings, not a refusal. */
export const CANT_FEELING = /^(?:imagine|thank|apologi[sz]e|apologise|wait|believe|stress|overstate|say (?:how|enough)|tell you how|express|begin to|emphasi[sz]e|help (?:but|feeling)|be more sorry|undo|change (?:what|the past)|let this|leave|ignore|stop thinking|promise|guarantee|see)\b/i;

/** A sentence that also says what you *can* do is not a flat refusal. */
export const CAN_DO = /\b(?:(?:but|however|instead|what)\s*,?\s+(?:I|we)\s+(?:can|could|will|['’]ll|have|['’]ve|am|are|do|did)|(?:I|we)\s+(?:can|could)\s+(?:still|also|instead|offer|give|send|refund|arrange|book|rebook|credit|help|do|set|add|try|escalate|raise|suggest|recommend|check|look|replace|reship|cover|waive|provide|make|get|move|transfer|upgrade|hold|extend|issue)|(?:I|we)(?:['’]ve| have| will|['’]ll)\s+(?:already\s+)?(?:sent|refunded|arranged|booked|rebooked|credited|issued|added|applied|asked|escalated|raised|offered|put|set|moved)|instead\b|what (?:I|we) can (?:do|offer)|alternative|(?:here['’]s|here is) what)/i;

/** Words after "we don't / won't" that make it a refusal. */
export const REFUSAL_VERB = /^(?:offer|refund|provide|issue|give|do|change|cancel|make|accept|process|reverse|waive|extend|investigate|guarantee|replace|exchange|honou?r|compensate|reimburse|reinstate|restore|recover|unban|unlock|override|approve|release|credit|send|arrange|book|rebook|allow|permit|access|look|help|support|cover|handle|deal|discuss|comment|share|disclose|transfer|match|lift|remove|return|pay|repair|fix|ship|deliver|have (?:any|the|a)|get involved|intervene|take|consider|grant)\b/i;

// ── minimising ───────────────────────────────────────────────────────────────
export const MINIMIZING = lexicon('minimizing', [
  '(just|only|merely|simply) (a|an|one) (small|slight|little|minor|short|brief|tiny|quick|few|bit|couple|temporary|isolated|one-off|single|minimal)',
  "(a|an|the|this|that|it's|it is|just a|only a) (minor|slight|small|little|tiny|brief|short|teeny|trivial|negligible|temporary|minimal|insignificant|isolated|one-off|momentary) (delay|delays|issue|issues|problem|problems|hiccup|hiccups|glitch|glitches|inconvenience|error|errors|mistake|mistakes|mix-up|bug|bugs|outage|blip|blips|disruption|oversight|setback|wait|interruption|hitch|snag|slip|difference|discrepancy|fee|charge|amount|matter|thing|oversight)",
  'only (a|one|two|three|four|five|six|#|a few|a couple of|a couple|a matter of) (day|days|hour|hours|minute|minutes|week|weeks|dollars|pounds|euros|cents|pence|percent|%)',
  'only (a few|a handful of|a small number of|a fraction of|a tiny number of|a very small number of|a tiny fraction of|a small percentage of|a couple of) (of )?(our |the |your )?(people|customers|users|accounts|players|items|orders|passengers|members|matches|games|files|emails|messages|attachments|transactions)',
  'only (slightly|marginally|partly|partially|briefly|temporarily) (late|delayed|affected|impacted|out|off|over|short|down|unavailable)',
  '(just|only) (a few|a handful|a couple) of (your|the|our) (* )?(matches|games|orders|emails|files|items|attachments|messages|transactions|payments|players|customers|users|bookings|flights)',
  '(a few|a handful of|a couple of) (of your )?(* )?(matches|games|orders|emails|files|items|attachments|messages|transactions|payments|bookings) (slipped|were|got|went|dropped|failed)',
  '(* )?(only|just) (cost|costs|costing) (you|players|customers|users)',
  '(just|simply) (time out|times out|fail|fails|stop|stops|freeze|freezes|crash|crashes|lag|lags|disconnect|disconnects|glitch|glitches)',
  '(a|one|the) (small|slight|minor|little|tiny) (limitation|drop|dip|change|adjustment|reduction|fluctuation|slowdown|interruption|price|cost|price to pay|edge case|quirk)',
  '(not|no|hardly|hardly a) (a |that |such a |that much of a |much of a )?(big|huge|major) (deal|issue|problem)',
  "(it's|it is|this is|that's|that is|it was) nothing (serious|major|to worry about|much)",
  '(a few|a handful of|a small number of|some|a couple of) (people|customers|users|players|passengers|members) (were|have been|got|felt|may have been|might have been) (offended|affected|upset|impacted|inconvenienced|bothered)',
  '(barely|hardly|scarcely) (noticeable|affected|late|delayed|anything|an issue|a problem|impacted|any)',
  '(a bit|a little|slightly|somewhat|a tad|a touch) (late|delayed|slow|behind|longer|off|wrong|confusing|annoying)',
  'a (little|bit of a|slight|small) (delay|wait|hiccup|glitch|issue|problem|mix-up|inconvenience)',
  '(teething|minor) (problems|issues|troubles)',
  '(blip|blips|hiccup|hiccups|snafu|kerfuffle)',
  '(simply|just) (restart|reinstall|clear|log out|log in|re-enter|reset|refresh|update|try again|wait|re-download|redownload|retry|re-submit|resubmit|contact your bank|call your bank|reapply|re-apply|ignore)',
  "(it|this|that) (only|just) (took|lasted|affected|happened|impacted)",
  'all you (need|have) to do is',
  '(only|just) (a|an) #-(minute|hour|day|week) (delay|wait|outage|disruption)',
  '(simply|just|merely) (part of|normal|how (it|things) work|the nature of|a (normal|natural) part)',
  'a handful of (* )?(payments|customers|users|accounts|players|orders|people|transactions|parcels|deliveries|bookings)',
]);

/** "It only takes a minute to reset" sizes the customer's next step, which helps. */
export const HELPFUL_SIZE = /\b(?:takes?|took|will take|['’]ll take|should take|costs?|need(?:s)? to|have to|only need|just need)\s+$/i;

// ── overpromising ────────────────────────────────────────────────────────────
export const OVERPROMISE = lexicon('overpromise', [
  "(this|it|that|this kind of thing|such a thing|something like this|the same thing|this mistake|this error|this problem|this issue|this delay) (will|won't|will not|'ll|shall|is going to|isn't going to|is never going to) (never |not )?(ever )?(happen|occur|recur|repeat|be repeated)( again| to you again)",
  "(never|not|won't|will not|can't|cannot|can never|will never) (ever )?(happen|occur|recur) (again|to you again)",
  "(ensure|make sure|guarantee|promise) (that )?(this|it|nothing like this|the same thing|such a thing|this kind of thing) (never|can't|cannot|won't|will not|doesn't|does not|can never|will never) (ever )?(happen|happens|occur|occurs|recur|recurs|be repeated)",
  '(guarantee|guaranteed|guarantees|guaranteeing)',
  '(100(%| percent)|one hundred percent|hundred percent)',
  '(I|we) (can )?(promise|swear|pledge|vow)',
  "(you have|you've got) (my|our) (word|promise|personal guarantee)",
  "(we|I) (will|'ll) never (let|make|allow|compromise|do|send|lose|disappoint|charge|forget|miss|delay|keep you waiting|fail)",
  '(never|not) again',
  'without fail',
  'rest assured',
  "(it|this|everything|your order|your parcel|your refund|the fix|service|your flight|your account|the replacement|your package|the update|your card|your money|the patch) (will|'ll) (definitely|certainly|absolutely|surely|100%|for sure|without doubt|without a doubt) (be|arrive|work|go|reach|land|come|get)",
  '(definitely|certainly|absolutely|surely) (arrive|be there|be delivered|be fixed|be resolved|be back|be with you|be sorted|work) (by|on|tomorrow|today|tonight|first thing|in time)',
  '(all|every) (future )?(orders|deliveries|flights|bills|payments|updates|releases|parcels) will (be|arrive) (perfect|flawless|on time|correct)',
  'will (always|forever) (be|arrive|work) (on time|perfect|flawless|correct|reliable|available|online)',
  '(zero|no more) (delays|outages|errors|mistakes|downtime|bugs|problems|issues) (from now on|going forward|ever again|again|in future|in the future)',
]);

/** A promise about something the writer controls and can be checked on. */
export const CHECKABLE = /^\s*(?:(?:you\s+)?(?:that\s+)?(?:I|we)(?:['’]ll|\s+will)\s+(?:personally\s+)?(?:email|call|ring|write|update|check|follow up|contact|message|text|reply|get back|keep you|look|send you an? (?:update|email|message)|be in touch)|to\s+(?:email|call|ring|write|update|check|follow up|contact|message|text|reply|get back|keep you|look into|be in touch))/i;
