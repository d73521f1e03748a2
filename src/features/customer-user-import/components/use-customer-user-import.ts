import { useCallback, useEffect, useRef, useState } from 'react';
import {
  checkBatchSize,
  checkImportRows,
  useRefreshCustomerUsers,
  writeBatchSize,
  writeImportRows,
} from '../api/customer-user-import-api';
import { type BatchRunEnd, runInBatches } from '../lib/batches';
import { type FileRow, findRepeats, type ImportFile, importFileOf } from '../lib/file-rows';
import { parseCsv } from '../lib/parse-csv';
import type { GeneratedPassword } from '../lib/passwords-csv';
import { checkOf, outcomeOf, type RowCheck, type RowOutcome, willWrite, writeRowOf } from '../lib/preview';

/** The file on screen: its name, and what it holds for the import. */
export interface ChosenFile {
  name: string;
  content: ImportFile;
}

export type Reading =
  | { kind: 'none' }
  | { kind: 'reading'; name: string }
  | { kind: 'unreadable'; name: string; error: unknown }
  | { kind: 'read'; file: ChosenFile };

export type Checking =
  | { kind: 'idle' }
  | { kind: 'checking'; done: number; total: number }
  | { kind: 'failed'; error: unknown }
  | { kind: 'checked'; checks: RowCheck[] };

/**
 * The generated passwords of the import's new customer users: offered until downloaded (a new file or a
 * Preview again keeps them), then gone; leaving the screen drops them too.
 */
export type PasswordOffer =
  | { kind: 'none' }
  | { kind: 'offered'; passwords: GeneratedPassword[] }
  | { kind: 'downloaded' };

export type ImportRun =
  | { kind: 'none' }
  | {
      kind: 'running' | 'finished';
      /** Indexes of the rows it means to write, in file order. */
      planned: number[];
      done: number;
      cancelling: boolean;
      outcomes: ReadonlyMap<number, RowOutcome>;
      end?: BatchRunEnd;
    };

/**
 * The import screen's work: reading a file, its preview (rows repeated within the file found here, the
 * rest checked by dry runs of up to 1000 rows), and the import in batches of 200 with each update's
 * previewed version, a Cancel that stops after the batch in flight, and the generated passwords.
 * A new file, or leaving the screen, drops what an older file's work would still answer.
 */
export function useCustomerUserImport() {
  const [reading, setReading] = useState<Reading>({ kind: 'none' });
  const [checking, setChecking] = useState<Checking>({ kind: 'idle' });
  const [run, setRun] = useState<ImportRun>({ kind: 'none' });
  const [passwords, setPasswords] = useState<PasswordOffer>({ kind: 'none' });
  const refreshCustomerUsers = useRefreshCustomerUsers();
  /** Bumped by each new file, check and unmount: async work of an older one stops and answers nothing. */
  const generation = useRef(0);
  const checkAbort = useRef<AbortController | undefined>(undefined);
  const cancelRequested = useRef(false);
  const running = useRef(false);

  useEffect(
    () => () => {
      generation.current++;
      checkAbort.current?.abort();
    },
    [],
  );

  const check = useCallback(async (rows: readonly FileRow[]) => {
    const current = ++generation.current;
    checkAbort.current?.abort();
    const abort = new AbortController();
    checkAbort.current = abort;
    setRun({ kind: 'none' });
    const repeats = findRepeats(rows);
    const checks: (RowCheck | undefined)[] = rows.map((_, index) => {
      const problems = repeats.get(index);
      return problems ? { status: 'invalid', problems } : undefined;
    });
    const toSend = rows.flatMap((_, index) => (repeats.has(index) ? [] : [index]));
    let done = repeats.size;
    setChecking({ kind: 'checking', done, total: rows.length });
    const end = await runInBatches(toSend, {
      size: checkBatchSize,
      send: (batch) =>
        checkImportRows(
          batch.map((index) => rows[index]?.values ?? {}),
          abort.signal,
        ),
      onBatch: (from, results) => {
        results.forEach((result, offset) => {
          const index = toSend[from + offset];
          if (index !== undefined) checks[index] = checkOf(result);
        });
        done += results.length;
        if (current === generation.current) setChecking({ kind: 'checking', done, total: rows.length });
      },
      shouldStop: () => current !== generation.current,
    });
    if (current !== generation.current) return;
    if (end.kind === 'failed') {
      setChecking({ kind: 'failed', error: end.error });
      return;
    }
    // A row the server did not answer (it never should) is shown as an error rather than dropped.
    setChecking({
      kind: 'checked',
      checks: checks.map(
        (value) => value ?? { status: 'invalid', problems: { row: { code: 'api.contract', params: {} } } },
      ),
    });
  }, []);

  const readFile = useCallback(
    async (file: File) => {
      if (running.current) return;
      const current = ++generation.current;
      checkAbort.current?.abort();
      setReading({ kind: 'reading', name: file.name });
      setChecking({ kind: 'idle' });
      setRun({ kind: 'none' });
      let content: ImportFile;
      try {
        content = importFileOf(await parseCsv(await file.text()));
      } catch (error) {
        if (current === generation.current) setReading({ kind: 'unreadable', name: file.name, error });
        return;
      }
      if (current !== generation.current) return;
      setReading({ kind: 'read', file: { name: file.name, content } });
      if (content.kind === 'rows') await check(content.rows);
    },
    [check],
  );

  const file = reading.kind === 'read' ? reading.file : undefined;
  const rows = file?.content.kind === 'rows' ? file.content.rows : undefined;
  const checks = checking.kind === 'checked' ? checking.checks : undefined;

  /** Checks the same file's rows again: after an import, rows it wrote show as unchanged. */
  const previewAgain = useCallback(() => {
    if (rows && !running.current) void check(rows);
  }, [rows, check]);

  const startImport = useCallback(async () => {
    if (!rows || !checks || running.current) return;
    const current = generation.current;
    const planned = checks.flatMap((rowCheck, index) => (willWrite(rowCheck) ? [index] : []));
    if (planned.length === 0) return;
    running.current = true;
    cancelRequested.current = false;
    const outcomes = new Map<number, RowOutcome>();
    const generated: GeneratedPassword[] = [];
    let done = 0;
    setRun({ kind: 'running', planned, done, cancelling: false, outcomes: new Map() });
    const end = await runInBatches(planned, {
      size: writeBatchSize,
      send: (batch) =>
        writeImportRows(
          batch.map((index) => {
            const row = rows[index];
            const rowCheck = checks[index];
            return row && rowCheck ? writeRowOf(row, rowCheck) : {};
          }),
        ),
      onBatch: (from, results) => {
        results.forEach((result, offset) => {
          const index = planned[from + offset];
          if (index === undefined) return;
          outcomes.set(index, outcomeOf(result));
          if (result.status === 'add' && result.generatedPassword !== undefined)
            generated.push({ login: rows[index]?.values.login?.trim() ?? '', password: result.generatedPassword });
        });
        done += results.length;
        if (current === generation.current)
          setRun((before) => (before.kind === 'running' ? { ...before, done, outcomes: new Map(outcomes) } : before));
      },
      shouldStop: () => cancelRequested.current || current !== generation.current,
    });
    running.current = false;
    if (end.kind === 'stopped') {
      for (const index of planned.slice(end.next)) outcomes.set(index, { kind: 'not-sent', why: 'cancelled' });
    } else if (end.kind === 'failed') {
      for (const index of planned.slice(end.from, end.to)) outcomes.set(index, { kind: 'unknown' });
      for (const index of planned.slice(end.to)) outcomes.set(index, { kind: 'not-sent', why: 'stopped' });
    }
    void refreshCustomerUsers();
    if (current !== generation.current) return;
    // Passwords not yet downloaded stay on offer beside this run's (a second run after a cut-short one).
    if (generated.length > 0)
      setPasswords((before) => ({
        kind: 'offered',
        passwords: before.kind === 'offered' ? [...before.passwords, ...generated] : generated,
      }));
    setRun({ kind: 'finished', planned, done, cancelling: false, outcomes, end });
  }, [rows, checks, refreshCustomerUsers]);

  const cancelImport = useCallback(() => {
    if (!running.current) return;
    cancelRequested.current = true;
    setRun((before) => (before.kind === 'running' ? { ...before, cancelling: true } : before));
  }, []);

  /** The passwords are handed over once: afterwards this screen no longer holds them. */
  const passwordsDownloaded = useCallback(() => setPasswords({ kind: 'downloaded' }), []);

  return {
    reading,
    checking,
    run,
    rows,
    checks,
    passwords,
    readFile,
    previewAgain,
    startImport,
    cancelImport,
    passwordsDownloaded,
  };
}
