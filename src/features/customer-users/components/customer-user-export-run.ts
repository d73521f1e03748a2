import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '@/api/api-error';
import { utf8Bom } from '@/lib/csv';
import { downloadFile } from '@/lib/download-file';
import { type CustomerUserExportQuery, customerUserExportPages } from '../api/customer-user-export';
import { customerUserCsvFileName, loadCustomerUserCsv } from '../lib/customer-user-csv';

/** An export so far: kept after a failed page, so Try again goes on from there. */
interface CsvExportJob {
  /** The file so far: the byte order mark and the header, then each page's records, already encoded. */
  parts: Blob[];
  /** Records written: where the next page starts. */
  rows: number;
  /** How many match, as the last page said. */
  total: number | undefined;
}

export type CsvExportPhase =
  | { kind: 'running'; rows: number; total: number | undefined }
  | { kind: 'done'; rows: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: Error };

/** A macrotask's pause: the page paints and takes input between two pages of an export. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Goes on with an export until every match is written: page after page, each converted as it arrives
 * (a step of a few milliseconds), with a pause for the page between them. Resolves to the whole file;
 * rejects on the first failure, with what was written kept in `job`.
 */
async function continueCsvExport(
  query: CustomerUserExportQuery,
  job: CsvExportJob,
  { signal, onProgress }: { signal: AbortSignal; onProgress: (job: CsvExportJob) => void },
): Promise<Blob> {
  // papaparse loads while the first page is asked for (a failure is said like a lost connection).
  const writer = loadCustomerUserCsv().catch((cause: unknown) => {
    throw new ApiError('network', { cause });
  });
  writer.catch(() => {}); // awaited below, unless a page fails first
  for await (const page of customerUserExportPages(query, { offset: job.rows, signal })) {
    const csv = await writer;
    signal.throwIfAborted();
    if (job.parts.length === 0) job.parts.push(new Blob([utf8Bom, csv.header()]));
    job.parts.push(new Blob([csv.records(page.items)]));
    job.rows += page.items.length;
    job.total = page.total;
    onProgress(job);
    await nextTask();
  }
  return new Blob(job.parts, { type: 'text/csv;charset=utf-8' });
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new ApiError('network', { cause: error });
}

/**
 * One export of the list's matches, started at once: its phase, Cancel (nothing is downloaded, the rows so
 * far are dropped) and Try again after a failed page (goes on from that page). `onBusyChange` hears when it
 * starts and ends, for the Export CSV button; it must keep its identity (a state setter does).
 */
export function useCustomerUserExportRun(query: CustomerUserExportQuery, onBusyChange: (busy: boolean) => void) {
  const [phase, setPhase] = useState<CsvExportPhase>({ kind: 'running', rows: 0, total: undefined });
  const job = useRef<CsvExportJob>(undefined);
  const running = useRef<AbortController>(undefined);

  const run = useCallback(() => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const { signal } = controller;
    job.current ??= { parts: [], rows: 0, total: undefined };
    const current = job.current;
    onBusyChange(true);
    setPhase({ kind: 'running', rows: current.rows, total: current.total });
    continueCsvExport(query, current, {
      signal,
      onProgress: ({ rows, total }) => setPhase({ kind: 'running', rows, total }),
    }).then(
      (file) => {
        if (signal.aborted) return;
        job.current = undefined;
        downloadFile(customerUserCsvFileName(new Date()), file);
        setPhase({ kind: 'done', rows: current.rows });
        onBusyChange(false);
      },
      (error: unknown) => {
        if (signal.aborted) return;
        setPhase({ kind: 'failed', error: asError(error) });
        onBusyChange(false);
      },
    );
    return controller;
  }, [query, onBusyChange]);

  // Starts on mount; leaving the screen stops it, and nothing is downloaded.
  useEffect(() => {
    const controller = run();
    return () => controller.abort();
  }, [run]);

  const cancel = useCallback(() => {
    running.current?.abort();
    job.current = undefined;
    setPhase({ kind: 'cancelled' });
    onBusyChange(false);
  }, [onBusyChange]);

  return { phase, cancel, retry: run };
}
