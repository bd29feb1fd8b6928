import type { RuleKind } from '../types.js';

/** The kinds of fixes `--fix-type` may name (a fix is of its rule's kind). */
export const FIX_KINDS: readonly RuleKind[] = ['presence', 'absence', 'order'];
/** What `--fix` applies unless `--fix-type` says otherwise: absence insertions need asking for. */
export const DEFAULT_FIX_KINDS: readonly RuleKind[] = ['presence', 'order'];
