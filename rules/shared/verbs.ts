/**
 * Just enough English verb morphology to phrase a suggestion: "confuse" → "confused",
 * "backed up" → "back up". compromise could do this, but loading it costs about 300 ms per
 * process, and these two look-ups were most of what the rules needed it for. So: a table of
 * irregular verbs, the usual spelling rules, and short word lists for the cases no spelling
 * rule can settle ("invited" is invite, "visited" is visit). British spelling where the two
 * differ: "cancelled", "labelled", "travelled".
 */

/** Irregular verbs: base, past, past participle; "a/b" gives variants, the first preferred. */
const IRREGULAR = `
  arise arose arisen | awake awoke awoken | babysit babysat babysat | be was/were been | bear bore borne |
  beat beat beaten | become became become | befall befell befallen | begin began begun | behold beheld beheld |
  bend bent bent | beseech besought besought | beset beset beset | bet bet bet | bid bid bid | bind bound bound |
  bite bit bitten | bleed bled bled | blow blew blown | break broke broken | breed bred bred |
  bring brought brought | broadcast broadcast broadcast | build built built | burn burned/burnt burned/burnt |
  burst burst burst | buy bought bought | cast cast cast | catch caught caught | choose chose chosen |
  cling clung clung | come came come | cost cost cost | creep crept crept | cut cut cut | deal dealt dealt |
  dig dug dug | do did done | draw drew drawn | dream dreamed/dreamt dreamed/dreamt | drink drank drunk |
  dive dived/dove dived | drive drove driven | dwell dwelt dwelt | eat ate eaten | fall fell fallen | feed fed fed | feel felt felt |
  fight fought fought | find found found | flee fled fled | fling flung flung | fly flew flown |
  forbid forbade forbidden | forget forgot forgotten | forgive forgave forgiven | forgo forwent forgone |
  forsake forsook forsaken | freeze froze frozen | get got got/gotten | give gave given | go went gone |
  grind ground ground | grow grew grown | hang hung hung | have had had | hear heard heard | hew hewed hewn |
  hide hid hidden | hit hit hit | hold held held | hurt hurt hurt | input input input | keep kept kept |
  kneel knelt knelt | know knew known | lay laid laid | lead led led | lean leaned/leant leaned/leant |
  leap leaped/leapt leaped/leapt | learn learned/learnt learned/learnt | leave left left | lend lent lent |
  let let let | lie lied/lay lied/lain | light lit lit | lose lost lost | make made made | mean meant meant |
  meet met met | mow mowed mown | offset offset offset | pay paid paid | proofread proofread proofread |
  prove proved proved/proven | put put put | quit quit quit | read read read | rid rid rid | ride rode ridden |
  ring rang rung | rise rose risen | run ran run | say said said | see saw seen | seek sought sought |
  sell sold sold | send sent sent | set set set | sew sewed sewn | shake shook shaken | shear sheared shorn |
  shed shed shed | shine shone shone | shoot shot shot | show showed shown | shrink shrank shrunk |
  shut shut shut | sing sang sung | sink sank sunk | sit sat sat | slay slew slain | sleep slept slept |
  slide slid slid | sling slung slung | slink slunk slunk | slit slit slit | smell smelled/smelt smelled/smelt |
  sneak sneaked/snuck sneaked/snuck | sow sowed sown | speak spoke spoken | speed sped sped | spell spelled/spelt spelled/spelt |
  spend spent spent | spill spilled/spilt spilled/spilt | spin spun spun | spit spat spat | split split split |
  spoil spoiled/spoilt spoiled/spoilt | spread spread spread | spring sprang sprung | stand stood stood |
  steal stole stolen | stick stuck stuck | sting stung stung | stink stank stunk | stride strode stridden |
  strew strewed strewn | strike struck struck | string strung strung | strive strove striven | sublet sublet sublet |
  swear swore sworn | sweep swept swept | swell swelled swollen | swim swam swum | swing swung swung |
  take took taken | teach taught taught | tear tore torn | tell told told | think thought thought |
  throw threw thrown | thrust thrust thrust | tread trod trodden | troubleshoot troubleshot troubleshot |
  typeset typeset typeset | underlie underlay underlain | wake woke woken | waylay waylaid waylaid |
  wear wore worn | weave wove woven | weep wept wept | win won won | wind wound wound | wring wrung wrung |
  write wrote written
`;

/** base → past, and any past or participle form → base. */
const PAST = new Map<string, string>();
const BASE_OF = new Map<string, string>();
for (const entry of IRREGULAR.split('|')) {
  const [base, past, participle] = entry.trim().split(/\s+/) as [string, string, string];
  PAST.set(base, past.split('/')[0]!);
  for (const form of [...past.split('/'), ...participle.split('/')]) if (!BASE_OF.has(form)) BASE_OF.set(form, base);
}

/** Prefixes that leave an irregular verb irregular: understand → understood, mislead → misled. */
const PREFIXES = ['under', 'over', 'with', 'fore', 'out', 'mis', 're', 'un', 'up', 'pre'];
/** Words that only look like prefix + irregular verb. */
const NOT_PREFIXED = new Set(['relay', 'relied', 'present', 'rebound', 'relent']);

/** Look `word` up in `table`, directly or after one or more prefixes (misunderstood → mis + under + stood). */
function irregular(table: Map<string, string>, word: string): string | undefined {
  const direct = table.get(word);
  if (direct !== undefined || NOT_PREFIXED.has(word)) return direct;
  for (const prefix of PREFIXES) {
    if (word.startsWith(prefix) && word.length > prefix.length + 1) {
      const rest = irregular(table, word.slice(prefix.length));
      if (rest !== undefined) return prefix + rest;
    }
  }
  return undefined;
}

/** Prefixes tried when checking the word lists below (refocus is focus, misroute is route). */
const LIST_PREFIXES = ['under', 'over', 'auto', 'back', 'down', 'mis', 'out', 'pre', 'dis', 're', 'un', 'up', 'de', 'co'];
function listed(list: ReadonlySet<string>, word: string, shortest = 4): boolean {
  return list.has(word) || LIST_PREFIXES.some((p) => word.length - p.length >= shortest && word.startsWith(p) && list.has(word.slice(p.length)));
}
const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Longer words that double their final consonant, being stressed at the end (admit → admitted). */
const DOUBLES = words(`
  admit commit emit omit permit remit submit transmit acquit outwit befit refit retrofit regret abet embed
  allot rebut refer prefer confer defer infer transfer occur recur incur concur deter demur aver abhor
  equip recap debug kidnap worship handicap program format zigzag humbug leapfrog sandbag wiretap
  backlog catnap hobnob airdrop
`);
/** Doubled consonants that belong to the base: added is add, erred is err. */
const GENUINE_DOUBLES = words('add ebb egg err purr whirr boycott putt butt');
/** Longer words whose final -ll belongs to the base: install, recall (but cancel, enrol). */
const GENUINE_LL = words('call fill roll spell stall poll pull kill spill drill install stonewall snowball eyeball blackball catcall');
/** Words whose final s or z is doubled before -ed, though a double ss/zz usually belongs to the base. */
const DOUBLED_S = words('bus gas quiz focus nonplus');
/** Verbs in c that take -cked: panic → panicked. */
const C_VERBS = words('panic mimic traffic frolic picnic bivouac shellac politic');
/** Bases ending in -ee (agreed is agree; needed, proceed are not such pasts). */
const EE_VERBS = words('agree disagree free decree guarantee referee tee knee pee emcee pedigree');
/** Bases in -oe (toed is toe; echoed is echo). */
const OE_VERBS = words('toe tiptoe hoe shoe canoe');
/** Past forms the suffix rules would get wrong, and one base that looks like a past form. */
const ODD_PAST: Record<string, string> = {
  died: 'die', lied: 'lie', tied: 'tie', vied: 'vie', untied: 'untie', retied: 'retie', belied: 'belie',
  dyed: 'dye', eyed: 'eye', skied: 'ski', taxied: 'taxi', embed: 'embed',
};
/** Bases that keep a final silent e where the spelling rules below would drop it. */
const SILENT_E = words(`
  create procreate delineate nauseate permeate route invite unite ignite incite recite excite expedite
  extradite requite delete complete compete deplete secrete excrete mete atone postpone condone intone
  dethrone enthrone telephone profane convene intervene contravene adhere cohere interfere revere persevere
  store score ignore explore adore implore deplore encore inhale exhale regale impale scale elope telescope
  sideswipe welcome paste taste waste baste haste ache cache niche douche axe owe awe binge hinge singe tinge cringe
  fringe infringe impinge whinge twinge syringe sponge
`);
/** Bases without a final e where the rules below would add one. */
const NO_E = words(`
  focus bias chorus census sync arc combat pilot pivot ballot parrot debut murmur sugar collar kayak
  pencil stencil imperil cavil carol gambol mouth froth bequeath
`);

const isLetter = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';

/** A vowel sound: a e i o u, y after a consonant (type), but not the u of qu or gu before a vowel (quote, guide). */
function vowelAt(w: string, i: number): boolean {
  const c = w[i];
  if (c === 'y') return i > 0 && !vowelAt(w, i - 1);
  if (c === 'u' && (w[i - 1] === 'q' || (w[i - 1] === 'g' && 'aeiouy'.includes(w[i + 1] ?? '-')))) return false;
  return c !== undefined && 'aeiou'.includes(c);
}

/** Syllables, roughly: runs of vowels. */
function syllables(w: string): number {
  let n = 0;
  for (let i = 0; i < w.length; i++) if (vowelAt(w, i) && !(i > 0 && vowelAt(w, i - 1))) n++;
  return n;
}

/** The final consonant follows one vowel that follows a consonant (or starts the word): stop, up, quiz; not rain, fix. */
function shortVowelEnding(w: string): boolean {
  const n = w.length;
  return n >= 2 && isLetter(w[n - 1]) && !vowelAt(w, n - 1) && vowelAt(w, n - 2) && (n === 2 || !vowelAt(w, n - 3));
}

function regularPast(w: string): string {
  if (w.endsWith('e')) return `${w}d`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ied`;
  if (/[aeiou]c$/.test(w)) return `${w}ked`;
  const last = w.at(-1)!;
  const oneSyllable = syllables(w) === 1;
  const paired = /(?:ia|ua|ue)l$/.test(w); // dial, equal, fuel: doubled in British spelling too
  let double: boolean;
  if (last === 'l' && (paired || !oneSyllable)) {
    // British: cancelled, travelled, controlled, dialled; but revealed (a long vowel) and paralleled.
    double = (paired || shortVowelEnding(w)) && w !== 'parallel';
  } else {
    // stop → stopped, admit → admitted, unplug → unplugged; but visit → visited, fix → fixed.
    const prefixed = /^(?:under|over|out|mis|un)(?=.)/.exec(w);
    double =
      shortVowelEnding(w) &&
      !'hjqwxy'.includes(last) &&
      (oneSyllable || listed(DOUBLES, w) || (prefixed !== null && syllables(w.slice(prefixed[0].length)) === 1));
  }
  return double ? `${w}${last}ed` : `${w}ed`;
}

/** Past tense of one lower-case word: "confuse" → "confused", "give" → "gave". */
function pastWord(w: string): string {
  const dash = w.lastIndexOf('-');
  if (dash >= 0) return w.slice(0, dash + 1) + pastWord(w.slice(dash + 1)); // "double-check" → "double-checked"
  if (w.length < 2) return w;
  return irregular(PAST, w) ?? regularPast(w);
}

/** Does the stem (a past form less its -ed) end in a silent e? */
function needsE(stem: string): boolean {
  if (listed(SILENT_E, `${stem}e`, 5)) return true; // 5: reach is not re + ache, nor coax co + axe
  if (listed(NO_E, stem)) return false;
  const n = stem.length;
  const last = stem[n - 1]!;
  const vowel = vowelAt(stem, n - 2); // the letter before the last is a vowel
  const pair = vowel && vowelAt(stem, n - 3); // …and so is the one before that
  const mono = syllables(stem) === 1;
  const before = stem[n - 2]; // the vowel itself, when there is one
  switch (last) {
    case 'v':
    case 's': // used, caused, lapsed; missed never gets here
      return true;
    case 'z':
      return !stem.endsWith('tz'); // waltzed
    case 'c':
      return true; // priced, danced, forced
    case 'g':
      return !stem.endsWith('ng') || /(?:chang|rang|eng|ung)$/.test(stem); // changed, plunged; banged, belonged
    case 'h':
      return /[aeiouy]th$/.test(stem); // breathed, soothed; reached, pushed, laughed
    case 'l':
      if (!vowel) return !/[rw]$/.test(stem.slice(0, -1)); // handled; curled, howled
      if (pair) return false; // failed, sealed, fueled
      return mono || !'ae'.includes(before!); // ruled, compiled, scheduled; canceled, signaled
    case 'm':
      if (!vowel || pair) return false; // informed, claimed
      return mono || before !== 'o'; // named, assumed; ransomed, blossomed
    case 'n':
      if (!vowel || pair) return false; // returned, explained, mentioned
      return mono || 'iu'.includes(before!); // phoned, examined, attuned; opened, abandoned
    case 'p':
      if (!vowel || pair) return false; // jumped, heaped
      return mono || 'ay'.includes(before!); // hoped, escaped, typed; developed, gossiped
    case 'b':
    case 'k':
    case 'f':
      return vowel && !pair; // described, invoked; climbed, booked
    case 'd':
    case 't':
      if (/(?:ia|[^gq]ua)$/.test(stem.slice(0, -1))) return true; // negotiated, evaluated, persuaded
      if (!vowel || pair) return false; // started, treated, loaded
      if (mono || last === 'd') return true; // noted, decided, included
      return 'auo'.includes(before!); // updated, computed, promoted; visited, targeted
    case 'r':
      if (!vowel) return true; // centred
      if (pair) return false; // feared, toured
      return mono || 'aiu'.includes(before!); // stored, prepared, required, secured; entered, monitored
    default:
      return false; // x, w, y: fixed, showed, played
  }
}

/** Base form of one lower-case past or participle, or undefined when it does not look like one. */
function baseWord(w: string): string | undefined {
  const dash = w.lastIndexOf('-');
  if (dash >= 0) {
    const base = baseWord(w.slice(dash + 1)); // "mis-sold" → "mis-sell"
    return base === undefined ? undefined : w.slice(0, dash + 1) + base;
  }
  const known = ODD_PAST[w] ?? irregular(BASE_OF, w);
  if (known !== undefined) return known;
  if (!w.endsWith('ed') || w.length < 4) return undefined;
  if (w.endsWith('ied')) return `${w.slice(0, -3)}y`; // applied, denied
  if (w.endsWith('eed')) return listed(EE_VERBS, w.slice(0, -1)) ? w.slice(0, -1) : undefined; // agreed; needed, proceed
  if (w.endsWith('ued')) return w.slice(0, -1); // issued, argued
  if (w.endsWith('oed')) return listed(OE_VERBS, w.slice(0, -1)) ? w.slice(0, -1) : w.slice(0, -2); // toed, echoed
  const stem = w.slice(0, -2);
  if (!/[aeiouy]/.test(stem)) return undefined; // red, bed
  if (/[aeiouy]$/.test(stem)) return stem; // played, subpoenaed

  // A doubled final consonant: stopped, cancelled; but added, called, missed.
  const last = stem.at(-1)!;
  if (last === stem.at(-2)) {
    const single = stem.slice(0, -1);
    if ('sfz'.includes(last)) return listed(DOUBLED_S, single) ? single : stem;
    if (last === 'l') {
      // called, installed; but cancelled, controlled, dialled, fuelled.
      if (listed(GENUINE_LL, stem)) return stem;
      return syllables(stem) === 1 && !/(?:ia|ua|ue)ll$/.test(stem) ? stem : single;
    }
    return GENUINE_DOUBLES.has(stem) ? stem : single;
  }
  if (stem.endsWith('ck') && C_VERBS.has(stem.slice(0, -1))) return stem.slice(0, -1); // panicked
  return needsE(stem) ? `${stem}e` : stem;
}

/** Keep the original's case: "Confuse" → "Confused", "CONFUSE" → "CONFUSED". */
function sameCase(original: string, word: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return word.toUpperCase();
  return /^[A-Z]/.test(original) ? word[0]!.toUpperCase() + word.slice(1) : word;
}

const WORD = /^[A-Za-z]+(?:-[A-Za-z]+)*$/;

/**
 * Past tense of a verb given in its base form: "confuse" → "confused", "back up" → "backed up",
 * "take" → "took". Inflects the first word and keeps the rest; anything else comes back as given.
 */
export function pastTense(verb: string): string {
  const [first = '', ...rest] = verb.split(/(\s+)/);
  if (!WORD.test(first)) return verb;
  return sameCase(first, pastWord(first.toLowerCase())) + rest.join('');
}

/**
 * Base form of a past tense or past participle: "backed" → "back", "given" → "give",
 * "mixed up" → "mix up". Inflects the first word that is such a form ("not updated" →
 * "not update") and keeps the rest; anything else comes back as given.
 */
export function infinitive(participle: string): string {
  const parts = participle.split(/(\s+)/);
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i]!;
    const base = WORD.test(part) ? baseWord(part.toLowerCase()) : undefined;
    if (base !== undefined) {
      parts[i] = sameCase(part, base);
      return parts.join('');
    }
  }
  return participle;
}
