/** One line a function wrote to stdout or stderr. */
export interface FunctionLogLine {
  functionName: string;
  stream: 'stdout' | 'stderr';
  line: string;
  /** Epoch milliseconds the line arrived. */
  time: number;
}

/** Called with every line as it arrives. */
export type FunctionLogListener = (line: FunctionLogLine) => void;

/**
 * What the functions of a local cloud wrote, line by line, as CloudWatch
 * Logs would keep it: the last `limit` lines per function are kept for
 * reading back, and listeners see every line as it comes (the local cloud
 * itself never prints them).
 *
 * @example
 * const logs = new FunctionLogs();
 * logs.subscribe((entry) => process.stdout.write(`${entry.line}\n`));
 * logs.lines('fulfillment');
 */
export class FunctionLogs {
  readonly #limit: number;
  readonly #lines = new Map<string, FunctionLogLine[]>();
  readonly #partial = new Map<string, string>();
  readonly #listeners = new Set<FunctionLogListener>();

  /** Keeps at most `limit` lines per function (default 10,000). */
  constructor(limit = 10_000) {
    this.#limit = limit;
  }

  /** Adds output of a function; complete lines are kept, a trailing part waits for the rest. */
  append(
    functionName: string,
    stream: FunctionLogLine['stream'],
    text: string,
  ): void {
    const key = `${functionName}\u0000${stream}`;
    const parts = ((this.#partial.get(key) ?? '') + text).split('\n');
    this.#partial.set(key, parts.pop() ?? '');
    for (const line of parts) {
      this.#keep({ functionName, stream, line, time: Date.now() });
    }
  }

  /** Kept lines of one function, or of every function, oldest first. */
  lines(functionName?: string): FunctionLogLine[] {
    if (functionName !== undefined) {
      return [...(this.#lines.get(functionName) ?? [])];
    }

    return [...this.#lines.values()]
      .flat()
      .sort((left, right) => left.time - right.time);
  }

  /** Calls `listener` with every later line; returns the unsubscribe function. */
  subscribe(listener: FunctionLogListener): () => void {
    this.#listeners.add(listener);

    return () => this.#listeners.delete(listener);
  }

  #keep(entry: FunctionLogLine): void {
    const kept = this.#lines.get(entry.functionName) ?? [];
    kept.push(entry);
    if (kept.length > this.#limit) kept.splice(0, kept.length - this.#limit);
    this.#lines.set(entry.functionName, kept);
    for (const listener of this.#listeners) listener(entry);
  }
}
