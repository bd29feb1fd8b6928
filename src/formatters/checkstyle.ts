/**
 * Checkstyle XML, as ESLint writes it, for Jenkins (Warnings NG), reviewdog, SonarQube and
 * other tools that read Checkstyle reports. Every linted file is listed, clean ones too, so a
 * consumer can tell "linted and clean" from "not linted".
 *
 *   <?xml version="1.0" encoding="utf-8"?><checkstyle version="4.3"><file name="replies/late.txt"><error line="3" column="49" severity="error" message="Blames the courier. (blame-shifting)" source="apology-lint.blame-shifting" /></file></checkstyle>
 */
import { draftLabel, visibleMessages } from './compact.js';
import { flat } from './words.js';
import { displayPath } from './stylish.js';
import type { Formatter } from './types.js';
import { XML_DECLARATION, xmlAttrs } from './xml.js';

export const checkstyle: Formatter = (results, context) => {
  let out = `${XML_DECLARATION}<checkstyle version="4.3">`;
  for (const result of results) {
    out += `<file${xmlAttrs({ name: displayPath(result.filePath, context.cwd) })}>`;
    for (const message of visibleMessages(result, context.quiet)) {
      const draft = draftLabel(result, message);
      const text = `${draft ? `[${draft}] ` : ''}${flat(message.message)}${message.ruleId ? ` (${message.ruleId})` : ''}`;
      out += `<error${xmlAttrs({
        line: message.line,
        column: message.column,
        severity: message.severity === 2 ? 'error' : 'warning',
        message: text,
        source: message.ruleId ? `apology-lint.${message.ruleId}` : 'apology-lint',
      })} />`;
    }
    out += '</file>';
  }
  return `${out}</checkstyle>\n`;
};
