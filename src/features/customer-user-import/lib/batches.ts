/** Lets the browser paint and handle input between two pieces of work. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How a run of batches ended: every batch answered, stopped before batch `next`, or a batch failed. */
export type BatchRunEnd =
  | { kind: 'done' }
  | { kind: 'stopped'; next: number }
  | { kind: 'failed'; from: number; to: number; error: unknown };

export interface BatchRunOptions<Item, Result> {
  /** At most this many items in one request. */
  size: number;
  /** Sends one batch; answers one result per item, in order. */
  send: (batch: Item[]) => Promise<Result[]>;
  /** Takes a batch's results (`from` is the index of its first item). */
  onBatch: (from: number, results: Result[]) => void;
  /** Asked before each batch after the first: true stops the run there (a Cancel). */
  shouldStop?: () => boolean;
  /** Waits between batches, so the page stays responsive (the browser's next task by default). */
  pause?: () => Promise<void>;
}

/**
 * Sends `items` in batches of `size`, one after the other, each after the last one's answer. A Cancel
 * stops after the batch in flight; a failed batch stops the run and says which items it held (they may
 * or may not have been written). Each batch's answer is handed on before the next one starts.
 */
export async function runInBatches<Item, Result>(
  items: readonly Item[],
  { size, send, onBatch, shouldStop = () => false, pause = yieldToBrowser }: BatchRunOptions<Item, Result>,
): Promise<BatchRunEnd> {
  for (let from = 0; from < items.length; from += size) {
    if (from > 0) {
      await pause();
      if (shouldStop()) return { kind: 'stopped', next: from };
    }
    const to = Math.min(items.length, from + size);
    let results: Result[];
    try {
      results = await send(items.slice(from, to));
    } catch (error) {
      return { kind: 'failed', from, to, error };
    }
    onBatch(from, results);
  }
  return { kind: 'done' };
}

/** Row numbers as ranges, ascending: `[2, 3, 4, 7]` is "2–4, 7". */
export function lineRanges(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start: number | undefined;
  let end = 0;
  for (const line of sorted) {
    if (start !== undefined && line === end + 1) {
      end = line;
      continue;
    }
    if (start !== undefined) parts.push(start === end ? `${start}` : `${start}–${end}`);
    start = line;
    end = line;
  }
  if (start !== undefined) parts.push(start === end ? `${start}` : `${start}–${end}`);
  return parts.join(', ');
}
