/**
 * Writing fixed files: never a half-written file (a temporary file in the same folder, then a
 * rename), the same encoding, byte-order mark and file mode, and never over a file that
 * changed on disk since it was read.
 */
import { importExternal } from '../external.js';
import { describeFsError, encode, type ReadFile } from '../sources/read.js';

/** A fixed file that was not written, with why. */
export class FixNotWrittenError extends Error {}

export async function writeFixedFile(filePath: string, original: ReadFile, output: string): Promise<void> {
  let current: Buffer;
  try {
    const { readFile } = process.getBuiltinModule('node:fs/promises');
    current = await readFile(filePath);
  } catch (error) {
    throw new FixNotWrittenError(`fixes not written: the file could not be read again (${describeFsError(error)})`);
  }
  if (!current.equals(original.bytes)) {
    throw new FixNotWrittenError('fixes not written: the file changed on disk while apology-lint was fixing it; run again');
  }
  try {
    // write-file-atomic keeps the existing file's mode and owner, and removes its temporary file on failure.
    const { default: writeFileAtomic } = await importExternal<{ default: typeof import('write-file-atomic') }>('write-file-atomic');
    await writeFileAtomic(filePath, encode(output, original));
  } catch (error) {
    throw new FixNotWrittenError(`fixes not written: ${describeFsError(error)}`);
  }
}
