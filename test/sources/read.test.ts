import { describe, expect, it } from 'vitest';
import { BinaryFileError, decode, UnreadableFileError } from '../../src/sources/read.js';
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
    expect(() => decode(Buffer.from([0x53, 0x00, 0x72]))).toThrow(BinaryFileError);
    expect(() => decode(Buffer.from([0x53, 0x00, 0x72]))).toThrow('looks like a binary file (it contains NUL bytes), so it was skipped; if it is text, save it as UTF-8');
    expect(() => decode(Buffer.from([0x53, 0xff, 0x72]))).toThrow(new UnreadableFileError('is not valid UTF-8 text (line 1, column 2); save it as UTF-8 and try again'));
  });

  it('points at the first byte that is not UTF-8: overlong forms, surrogates and cut-off sequences too', () => {
    const at = (bytes: number[]) => {
      try {
        decode(Buffer.from([...Buffer.from('ok\nab'), ...bytes]));
        return 'valid';
      } catch (error) {
        return /\(line (\d+), column (\d+)\)/.exec((error as Error).message)?.slice(1).join(':');
      }
    };
    expect(at([0xc3, 0xa9, 0x20])).toBe('valid');
    expect(at([0xc3, 0xa9, 0xe9])).toBe('2:4'); // é, then a Latin-1 é
    expect(at([0xc0, 0xaf])).toBe('2:3'); // overlong /
    expect(at([0xed, 0xa0, 0x80])).toBe('2:3'); // a UTF-16 surrogate
    expect(at([0xe2, 0x80])).toBe('2:3'); // cut off at the end
    expect(at([0xf4, 0x90, 0x80, 0x80])).toBe('2:3'); // beyond U+10FFFF
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
