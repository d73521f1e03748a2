/** How long an answer is kept for a repeated `Idempotency-Key`. */
export const idempotencyWindowMs = 10 * 60 * 1000;

export const idempotencyHeader = 'Idempotency-Key';

interface StoredAnswer {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
}

interface Kept {
  expires: number;
  /** Undefined when the first attempt's answer is not to be kept (nothing was written). */
  answer: Promise<StoredAnswer | undefined>;
}

/** A write's answer, and whether it may be kept for repeats (not when nothing was written, e.g. a fault). */
export interface WriteOutcome {
  response: Response;
  keep: boolean;
}

async function store(response: Response): Promise<StoredAnswer> {
  return {
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
    body: await response.clone().text(),
  };
}

function replay(answer: StoredAnswer): Response {
  const headers = new Headers(answer.headers);
  headers.set('Idempotent-Replayed', 'true');
  const body = answer.body === '' ? null : answer.body;
  return new Response(body, { status: answer.status, statusText: answer.statusText, headers });
}

/**
 * The first answer to each `Idempotency-Key`, in memory for a short window: a repeated key (a retry,
 * also one sent while the first is still under way) gets that answer again instead of a second write.
 */
export class IdempotentAnswers {
  private readonly kept = new Map<string, Kept>();

  constructor(private readonly now: () => number = Date.now) {}

  clear(): void {
    this.kept.clear();
  }

  /** Runs `write` once per key (the caller scopes it, e.g. to the method and URL); without a key, every time. */
  async once(
    scoped: string | undefined,
    write: () => Promise<WriteOutcome>,
  ): Promise<{ response: Response; replayed: boolean }> {
    if (!scoped) return { response: (await write()).response, replayed: false };
    this.prune();
    const earlier = this.kept.get(scoped);
    if (earlier) {
      const answer = await earlier.answer;
      if (answer) return { response: replay(answer), replayed: true };
      // The first attempt wrote nothing: this one is a write of its own.
      if (this.kept.get(scoped) === earlier) this.kept.delete(scoped);
      return this.once(scoped, write);
    }
    let settle: (answer: StoredAnswer | undefined) => void = () => {};
    const kept: Kept = {
      expires: this.now() + idempotencyWindowMs,
      answer: new Promise((resolve) => (settle = resolve)),
    };
    this.kept.set(scoped, kept);
    try {
      const outcome = await write();
      const answer = outcome.keep && outcome.response.type !== 'error' ? await store(outcome.response) : undefined;
      if (!answer) this.kept.delete(scoped);
      settle(answer);
      return { response: outcome.response, replayed: false };
    } catch (error) {
      this.kept.delete(scoped);
      settle(undefined);
      throw error;
    }
  }

  private prune(): void {
    const now = this.now();
    for (const [key, kept] of this.kept) if (kept.expires <= now) this.kept.delete(key);
  }
}
