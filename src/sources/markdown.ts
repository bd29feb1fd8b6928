import { basename } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { markdownLibrary } from './libraries.js';
import { sliceDraft, SourceError, type SourceFormat } from './types.js';

/**
 * A Markdown reply. Only the words of text nodes are prose: front matter, code blocks,
 * inline code, HTML, link targets and markup characters are blanked to spaces in place,
 * so offsets into the draft are offsets into the file.
 */
export const markdownFormat: SourceFormat = {
  name: 'markdown',
  label: 'Markdown',
  extensions: ['.md', '.markdown', '.mdown', '.mkd'],
  needs: ['markdown'],
  parse(text, filePath) {
    checkNesting(text);
    const { fromMarkdown, frontmatter, frontmatterFromMarkdown } = markdownLibrary();
    const tree = fromMarkdown(text, {
      extensions: [frontmatter(['yaml', 'toml'])],
      mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])],
    });
    const headings: Array<[number, number]> = [];
    const shift = bomShift(text);
    const collect = (node: Nodes): void => {
      if (node.type === 'heading' && node.position) headings.push([node.position.start.offset! + shift, node.position.end.offset! + shift]);
      else if ('children' in node) for (const child of node.children) collect(child as Nodes);
    };
    collect(tree);
    return [sliceDraft(basename(filePath), text, 0, { prose: markdownProse(text, tree), joinSoftWraps: false, headings })];
  },
};

/**
 * Lists and quotes nested hundreds deep are no reply, and the Markdown parser slows down sharply
 * on them (a list 800 levels deep took 29 s); a line that opens more than this many columns of
 * indentation, quote marks and list markers is refused, as over-nested JSON is.
 */
const MAX_NESTING_COLUMNS = 256;
/** A line's run of container openers: spaces, tabs, `>`, and list markers followed by a space. */
const OPENERS = /^(?:[ \t]|>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))+/gm;

function checkNesting(text: string): void {
  OPENERS.lastIndex = 0;
  for (let match = OPENERS.exec(text); match; match = OPENERS.exec(text)) {
    if (match[0].length > MAX_NESTING_COLUMNS) throw new SourceError('it is nested too deeply (too many lists or quotes inside each other)', match.index);
  }
}

const SKIPPED = new Set(['code', 'inlineCode', 'yaml', 'toml', 'html', 'definition', 'image', 'imageReference']);

/** micromark drops a leading byte-order mark and counts offsets from after it. */
function bomShift(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

export function markdownProse(text: string, tree: Root): string {
  const keep = new Uint8Array(text.length);
  const shift = bomShift(text);
  // Block ends are sentence breaks even without a blank line ("# Sorry\nWe lost…").
  const walk = (node: Nodes): void => {
    if (SKIPPED.has(node.type)) return;
    if (node.type === 'text' && node.position) {
      keep.fill(1, node.position.start.offset! + shift, node.position.end.offset! + shift);
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  let prose = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      // A newline inside a paragraph's text is a soft wrap; between blocks it is a break.
      prose += keep[i] ? ' ' : '\n';
    } else {
      prose += keep[i] ? ch : ' ';
    }
  }
  return prose;
}
