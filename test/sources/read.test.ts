import { describe, expect, it } from 'vitest';
import { decode, UnreadableFileError } from '../../src/sources/read.js';
import { LineIndex } from '../../src/engine/positions.js';

describe('decode', () => {
  it('reads UTF-8 and remembers a BOM', () => {
    expect(decode(Buffer.from('\uFEFFSorry', 'utf8'))).toEqual({ text: 'Sorry', bom: true, encoding: 'utf-8' });
    expect(decode(Buffer.from('Sorry', 'utf8'))).toEqual({ text: 'Sorry', bom: false, encoding: 'utf-8' });
  });

  it('decodes UTF-16 with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Sorry', 'utf16le')]);
    expect(decode(le)).toEqual({ text: 'Sorry', bom: true, encoding: 'utf-16le' });
  });

  it('refuses binary files and invalid UTF-8 with a reason a person can act on', () => {
    expect(() => decode(Buffer.from([0x53, 0x00, 0x72]))).toThrow(new UnreadableFileError('looks like a binary file (it contains NUL bytes), so it was skipped'));
    expect(() => decode(Buffer.from([0x53, 0xff, 0x72]))).toThrow('is not valid UTF-8 text; save it as UTF-8 and try again');
  });
});

describe('LineIndex', () => {
  it('gives 1-based lines and columns, with CRLF counted on the line it ends', () => {
    const lines = new LineIndex('ab\r\ncd\nef');
    expect(lines.position(0)).toEqual({ line: 1, column: 1 });
    expect(lines.position(2)).toEqual({ line: 1, column: 3 });
    expect(lines.position(4)).toEqual({ line: 2, column: 1 });
    expect(lines.position(9)).toEqual({ line: 3, column: 3 });
    expect(lines.position(99)).toEqual({ line: 3, column: 3 });
  });
});
