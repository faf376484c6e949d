/** One step of the trie: what follows a part, and the value ending here. */
interface Step {
  readonly next: Map<unknown, Step>;
  value: unknown;
}

/**
 * Above this many trie steps, new lists are no longer shared: inputs
 * whose traces all differ would otherwise pay for the trie and gain
 * nothing.
 */
const STEP_LIMIT = 20_000;

/**
 * Shares equal lists between traces. Most traces of one service repeat
 * the same locations in the same order; keeping one copy of each list
 * saves memory and garbage-collector work on large inputs. Parts are
 * compared by identity (location keys are shared strings, sublists
 * already shared). Callers must not change a list after interning it.
 *
 * @example
 * const interner = new SequenceInterner();
 * const first = interner.intern(['a', 'b']);
 * interner.intern(['a', 'b']) === first; // true
 */
export class SequenceInterner {
  private readonly root: Step = { next: new Map(), value: undefined };
  private steps = 0;

  /** The shared copy of a list equal to this one. */
  intern<T>(list: readonly T[]): readonly T[] {
    return this.shared(list, () => list.slice());
  }

  /**
   * The value made once for these parts; `make` runs the first time (and
   * every time once the trie is full).
   */
  shared<T>(parts: readonly unknown[], make: () => T): T {
    let step = this.root;
    for (const part of parts) {
      let next = step.next.get(part);
      if (next === undefined) {
        if (this.steps >= STEP_LIMIT) return make();
        next = { next: new Map(), value: undefined };
        step.next.set(part, next);
        this.steps += 1;
      }
      step = next;
    }
    if (step.value === undefined) step.value = make();

    return step.value as T;
  }
}
