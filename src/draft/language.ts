/**
 * Is a draft written in English? The rules read English, so a macro in Spanish or
 * Russian is skipped with a note instead of being told it lacks an apology.
 *
 * A cheap test that needs no model: the share of very common English function words
 * among the draft's words (about 40% in English prose, under 5% in other languages), plus
 * the script for languages that are not written in Latin letters. Placeholders, quoted
 * text, greeting and sign-off are already masked, so a Spanish reply to an English
 * customer is judged by the reply.
 */
const ENGLISH = new Set(
  (
    'the a an and or but to of in on at for with from by as is are was were be been being am have has had do does did ' +
    'will would can could should may might must shall i you we he she it they me us him her them my your our their its ' +
    'this that these those there here what which who when where why how not no so if then than just also please ' +
    "sorry thanks thank hi hello i'm we're you're it's don't can't won't we've i've we'll i'll let know about into up out"
  ).split(' '),
);

/** Stop words that name a language when a draft is not English. */
const OTHERS: ReadonlyArray<{ language: string; words: ReadonlySet<string> }> = [
  { language: 'Spanish', words: new Set('el la los las de que y en un una por para con no es su sus lo al del se le muy gracias hola disculpa disculpas lamentamos sentimos pedido usted'.split(' ')) },
  { language: 'French', words: new Set('le la les de des du et en un une pour avec ne pas est votre vos nous vous je merci bonjour désolé désolés commande très sur au aux'.split(' ')) },
  { language: 'German', words: new Set('der die das und ist nicht ein eine zu mit für von den dem sie wir ihr ihre ihnen es auf bei entschuldigung leider danke bestellung sehr auch'.split(' ')) },
  { language: 'Portuguese', words: new Set('o a os as de que e em um uma por para com não é seu sua pedido obrigado obrigada desculpe desculpas muito você nós'.split(' ')) },
  { language: 'Italian', words: new Set('il lo la gli le di che e in un una per con non è suo sua ordine grazie scusa scuse ci dispiace molto siamo vostro'.split(' ')) },
  { language: 'Dutch', words: new Set('de het een en van is niet dat voor met op uw we wij u je excuses bedankt sorry bestelling erg ook'.split(' ')) },
];

const SCRIPTS: ReadonlyArray<{ language: string; pattern: RegExp }> = [
  { language: 'Russian', pattern: /\p{Script=Cyrillic}/gu },
  { language: 'Greek', pattern: /\p{Script=Greek}/gu },
  { language: 'Arabic', pattern: /\p{Script=Arabic}/gu },
  { language: 'Hebrew', pattern: /\p{Script=Hebrew}/gu },
  { language: 'Chinese', pattern: /\p{Script=Han}/gu },
  { language: 'Japanese', pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu },
  { language: 'Korean', pattern: /\p{Script=Hangul}/gu },
  { language: 'Thai', pattern: /\p{Script=Thai}/gu },
  { language: 'Hindi', pattern: /\p{Script=Devanagari}/gu },
];

export interface LanguageGuess {
  english: boolean;
  /** For a draft that is not English, our best guess at its language. */
  language?: string;
}

/** Fewer words than this cannot be judged; short drafts count as English. */
const MIN_WORDS = 5;

export function guessLanguage(prose: string): LanguageGuess {
  // Every script above is outside ASCII, so plain ASCII prose (most replies) skips them.
  const ascii = !/[^\x00-\x7f]/.test(prose);
  if (!ascii) {
    const letters = prose.match(/\p{L}/gu)?.length ?? 0;
    if (letters === 0) return { english: true };
    for (const { language, pattern } of SCRIPTS) {
      const count = prose.match(pattern)?.length ?? 0;
      if (count / letters > 0.5) return { english: false, language };
    }
  }
  const lower = prose.toLowerCase();
  const words = ascii ? (lower.match(/[a-z']+/g) ?? []) : (lower.match(/[\p{L}'’]+/gu) ?? []).map((w) => w.replace(/’/g, "'"));
  if (words.length < MIN_WORDS) return { english: true };
  let common = 0;
  for (const word of words) if (ENGLISH.has(word)) common++;
  const english = common / words.length;
  // English wins unless another language's function words clearly outnumber it.
  if (english >= 0.2) return { english: true };
  let best: { language: string; share: number } | undefined;
  for (const { language, words: stop } of OTHERS) {
    const share = words.filter((w) => stop.has(w)).length / words.length;
    if (!best || share > best.share) best = { language, share };
  }
  if (!best || best.share < english * 1.5 || best.share < 0.12) return { english: true };
  return { english: false, language: best.language };
}
