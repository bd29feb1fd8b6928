import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTerminal } from '../src/terminal.js';
import { makeProject } from './helpers/tmp.js';

describe('isTerminal', () => {
  it('says no for a file, for /dev/null (a character device but no terminal) and for a closed descriptor', () => {
    const file = openSync(join(makeProject({ 'a.txt': 'x' }), 'a.txt'), 'r');
    const devNull = openSync('/dev/null', 'w');
    try {
      expect(isTerminal(file)).toBe(false);
      expect(isTerminal(devNull)).toBe(false);
    } finally {
      closeSync(file);
      closeSync(devNull);
    }
    expect(isTerminal(devNull)).toBe(false);
  });
});
