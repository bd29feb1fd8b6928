/** Bytes → text, with the encodings a macro repo really contains, and clear refusals. */
import { lstatSync, readFileSync, statSync, type Stats } from 'node:fs';

export interface DecodedFile {
  text: string;
  /** Whether the file began with a byte-order mark (kept by --fix). */
  bom: boolean;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
}

/** A file we will not lint, with a reason a person can act on. */
export class UnreadableFileError extends Error {}

/** A binary file (it holds NUL bytes): skipped with a note, not an error. */
export class BinaryFileError extends UnreadableFileError {}

/** A file bigger than the size limit (`--max-file-size`): not linted, so the run fails. */
export class FileTooLargeError extends UnreadableFileError {}

/** The default `--max-file-size`: 10 MB, ten thousand or so macros in one export. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export function decode(bytes: Uint8Array): DecodedFile {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), bom: true, encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), bom: true, encoding: 'utf-16be' };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.includes(0)) throw new BinaryFileError('looks like a binary file (it contains NUL bytes), so it was skipped; if it is text, save it as UTF-8');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), bom, encoding: 'utf-8' };
  } catch {
    const bad = firstInvalidUtf8(body);
    const before = new TextDecoder('utf-8').decode(body.subarray(0, bad));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    throw new UnreadableFileError(`is not valid UTF-8 text (line ${line}, column ${column}); save it as UTF-8 and try again`);
  }
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (body.length when none). */
function firstInvalidUtf8(body: Uint8Array): number {
  for (let i = 0; i < body.length; ) {
    const byte = body[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > body.length) return i;
    // The second byte's range is narrower for E0, ED, F0 and F4 (no overlongs, surrogates or > U+10FFFF).
    const low = byte === 0xe0 ? 0xa0 : byte === 0xf0 ? 0x90 : 0x80;
    const high = byte === 0xed ? 0x9f : byte === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < length; k++) {
      const next = body[i + k]!;
      if (k === 1 ? next < low || next > high : next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return body.length;
}

/** A file as read: its text, and the bytes, so a fix can tell whether it changed meanwhile. */
export interface ReadFile extends DecodedFile {
  bytes: Uint8Array;
}

/** A path's stats, or null when it cannot be stat'ed (missing, a broken link, no permission). */
export function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** All of a stream (standard input), up to `limit` bytes: more is refused as a file that size would be. */
export async function readStream(stream: NodeJS.ReadableStream, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > limit) {
      // How much more is unknown without reading it all: suggest twice the limit.
      throw new FileTooLargeError(`is more than the ${formatSize(limit)} limit, so it was not linted; to lint it, raise the limit, for example --max-file-size ${flagSize(limit * 2)}`);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** Read a file to lint; `stats`, when the caller already has them, spares a second stat. */
export async function readSourceFile(filePath: string, options: { maxFileSize?: number; stats?: Stats | null } = {}): Promise<ReadFile> {
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  let bytes: Buffer;
  try {
    // Ask the size before reading, so a huge file is never loaded at all.
    const { size } = options.stats ?? statSync(filePath);
    if (size > limit) {
      const raiseTo = flagSize(Math.ceil(size / (1024 * 1024)) * 1024 * 1024);
      throw new FileTooLargeError(
        `is ${formatSize(size)}, more than the ${formatSize(limit)} limit, so it was not linted; to lint it, raise the limit with --max-file-size ${raiseTo}`,
      );
    }
    // Linting is one file at a time on the main thread: a synchronous read skips a thread-pool
    // round trip per file, which on 2,000 small files was half the time of a cached run.
    bytes = readFileSync(filePath);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(describeFsError(error));
  }
  return { ...decode(bytes), bytes };
}

/** A size as `--max-file-size` takes it: 20mb, 2kb. */
export function flagSize(bytes: number): string {
  return formatSize(bytes).replace(' ', '').toLowerCase();
}

/** A size as people write it: 512 bytes, 300 KB, 10 MB, 20.5 MB (1 KB = 1,024 bytes). */
export function formatSize(bytes: number): string {
  const units = [['GB', 1024 ** 3], ['MB', 1024 ** 2], ['KB', 1024]] as const;
  for (const [unit, size] of units) {
    if (bytes < size) continue;
    const value = bytes / size;
    return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
  }
  return `${bytes} bytes`;
}

/** Text → bytes in the file's own encoding, with its byte-order mark if it had one. */
export function encode(text: string, file: Pick<DecodedFile, 'bom' | 'encoding'>): Buffer {
  if (file.encoding === 'utf-8') {
    const body = Buffer.from(text, 'utf8');
    return file.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  }
  const body = Buffer.from(text, 'utf16le');
  if (file.encoding === 'utf-16be') body.swap16();
  const bom = file.encoding === 'utf-16be' ? [0xfe, 0xff] : [0xff, 0xfe];
  return Buffer.concat([Buffer.from(bom), body]);
}

/** Why a path that is neither a file nor a folder cannot be linted: missing, a broken or looping link, no permission. */
export function describeMissingPath(path: string): string {
  try {
    statSync(path);
    return 'no such file or directory';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && isSymbolicLink(path)) {
      return 'is a symbolic link to a file that does not exist, so it could not be read';
    }
    return describeFsError(error);
  }
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: the file could not be read';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ELOOP':
      return 'is a symbolic link that leads back to itself (a loop), so it could not be read';
    case 'ENOTDIR':
      return 'no such file or directory (a part of the path is a file, not a folder)';
    case 'ENAMETOOLONG':
      return 'the path is too long to open';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
