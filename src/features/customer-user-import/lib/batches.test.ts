import { describe, expect, it } from 'vitest';
import { lineRanges, runInBatches } from './batches';

const noPause = () => Promise.resolve();

describe('running in batches', () => {
  it('sends every item in batches of the size, in order, one after the other', async () => {
    const sent: number[][] = [];
    const answered: [number, string[]][] = [];
    const end = await runInBatches([1, 2, 3, 4, 5], {
      size: 2,
      pause: noPause,
      send: async (batch) => {
        sent.push(batch);
        return batch.map(String);
      },
      onBatch: (from, results) => answered.push([from, results]),
    });
    expect(end).toEqual({ kind: 'done' });
    expect(sent).toEqual([[1, 2], [3, 4], [5]]);
    expect(answered).toEqual([
      [0, ['1', '2']],
      [2, ['3', '4']],
      [4, ['5']],
    ]);
  });

  it('stops after the batch in flight when asked to', async () => {
    let stop = false;
    const sent: number[][] = [];
    const end = await runInBatches([1, 2, 3, 4, 5], {
      size: 2,
      pause: noPause,
      send: async (batch) => {
        sent.push(batch);
        stop = true;
        return batch;
      },
      onBatch: () => {},
      shouldStop: () => stop,
    });
    expect(end).toEqual({ kind: 'stopped', next: 2 });
    expect(sent).toEqual([[1, 2]]);
  });

  it('says which items the failed batch held, and sends nothing after it', async () => {
    const failure = new Error('lost');
    const sent: number[][] = [];
    const end = await runInBatches([1, 2, 3, 4, 5], {
      size: 2,
      pause: noPause,
      send: async (batch) => {
        sent.push(batch);
        if (batch[0] === 3) throw failure;
        return batch;
      },
      onBatch: () => {},
    });
    expect(end).toEqual({ kind: 'failed', from: 2, to: 4, error: failure });
    expect(sent).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('yields to the browser between batches', async () => {
    const steps: string[] = [];
    await runInBatches([1, 2, 3], {
      size: 1,
      pause: async () => {
        steps.push('pause');
      },
      send: async (batch) => {
        steps.push(`send ${batch[0]}`);
        return batch;
      },
      onBatch: () => {},
    });
    expect(steps).toEqual(['send 1', 'pause', 'send 2', 'pause', 'send 3']);
  });
});

describe('row numbers as ranges', () => {
  it('joins runs of numbers', () => {
    expect(lineRanges([2, 3, 4, 7, 9, 10])).toBe('2–4, 7, 9–10');
    expect(lineRanges([201, 2, 3])).toBe('2–3, 201');
    expect(lineRanges([])).toBe('');
  });
});
