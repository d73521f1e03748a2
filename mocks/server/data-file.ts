import * as nodeFs from 'node:fs/promises';
import { serialQueue } from '@mocks/serial-queue';
import { parseSnapshot } from '@mocks/snapshot-schema';
import { type DemoStore, type StoreSnapshot, StoreWriteError } from '@mocks/store/demo-store';
import { englishProblem } from '@/api/problem-english';

/** The file operations the data file needs; tests pass ones that fail. */
export interface DataFileSystem {
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  writeFile(file: string, text: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

/** Writes through to the disk: the text is flushed (fsync) before the caller renames the file into place. */
export const diskFileSystem: DataFileSystem = {
  readFile: (file, encoding) => nodeFs.readFile(file, encoding),
  async writeFile(file, text) {
    const handle = await nodeFs.open(file, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => nodeFs.rename(from, to),
};

/** A data file the server will not start with. The file was not changed. */
export class DataFileError extends Error {
  override name = 'DataFileError';

  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(
      `The data file ${file} ${reason}. The server did not start and left the file as it is: ` +
        'fix or move it, or pass another --data file (a missing file starts from the seed).',
    );
  }
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The text the data file holds for a store: its snapshot as JSON. */
export function dataFileText(store: DemoStore): string {
  return `${JSON.stringify(store.snapshot(), null, 2)}\n`;
}

/** The snapshot a data file holds; undefined when there is no such file. Throws a DataFileError when it holds none. */
export async function readDataFile(
  file: string,
  fs: DataFileSystem = diskFileSystem,
): Promise<StoreSnapshot | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new DataFileError(file, `cannot be read (${errorText(error)})`);
  }
  try {
    JSON.parse(text);
  } catch (error) {
    throw new DataFileError(file, `is not JSON (${errorText(error)})`);
  }
  const snapshot = parseSnapshot(text);
  if (!snapshot) {
    throw new DataFileError(
      file,
      "is JSON but not the mock API's data (a store snapshot: seed, customerUsers, customers, …), or it breaks the contract",
    );
  }
  return snapshot;
}

/** Writes the text to `FILE.tmp` and renames that over the file, so the file is always either the old or the new text. */
export async function writeDataFile(file: string, text: string, fs: DataFileSystem = diskFileSystem): Promise<void> {
  const temporary = `${file}.tmp`;
  await fs.writeFile(temporary, text);
  await fs.rename(temporary, file);
}

export interface FilePersistence {
  /** Waits for the writes under way and any save they scheduled. */
  flush(): Promise<void>;
}

/** The store's snapshot with copies of the histories, which the store only appends to in place. */
function rollbackPoint(store: DemoStore): StoreSnapshot {
  const snapshot = store.snapshot();
  return { ...snapshot, history: snapshot.history?.map(([id, entries]) => [id, [...entries]]) };
}

/**
 * Keeps the store in a data file: each write (the router runs every POST and PUT as the store's
 * transaction) runs one at a time, and its answer goes out only once the file holds it. A write the file
 * could not take is rolled back and answered 507, as the browser's full storage is. A change outside a
 * write (a reseed) is saved as well. `written` is what the file holds now (undefined: no file yet): the
 * store is saved at once when it differs.
 */
export async function persistToFile(
  store: DemoStore,
  file: string,
  {
    written,
    fs = diskFileSystem,
    log,
  }: { written: string | undefined; fs?: DataFileSystem; log: (line: string) => void },
): Promise<FilePersistence> {
  let lastWritten = written;
  let inWrite = false;

  async function save() {
    const text = dataFileText(store);
    if (text === lastWritten) return;
    await writeDataFile(file, text, fs);
    lastWritten = text;
  }

  async function transaction<Result>(write: () => Promise<Result>): Promise<Result> {
    const before = rollbackPoint(store);
    inWrite = true;
    let result: Result;
    try {
      result = await write();
    } finally {
      inWrite = false;
    }
    try {
      await save();
    } catch (error) {
      store.restore(before);
      throw new StoreWriteError(englishProblem('demo.storage_failed', { reason: `${file}: ${errorText(error)}` }));
    }
    return result;
  }

  // One write at a time, as a server's transactions are; saves outside a write queue up with them.
  const enqueue = serialQueue();

  await save();
  store.transaction = (write) => enqueue(() => transaction(write));
  store.onChange(() => {
    if (inWrite) return;
    enqueue(save).catch((error: unknown) => log(`The data could not be written to ${file}: ${errorText(error)}`));
  });
  return { flush: () => enqueue(async () => undefined) };
}
