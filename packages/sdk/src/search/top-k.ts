// The best k of many candidates without sorting them all: a page of 50 out of 100,000 costs
// O(n log k) comparisons, and nothing is allocated per candidate.

/**
 * Keeps the `capacity` first items (non-negative integers) in the strict total order `before`.
 * A binary heap whose root is the last item kept, so a newcomer is compared with it once.
 */
export class TopK {
  private readonly heap: Uint32Array;
  private size = 0;

  constructor(
    private readonly capacity: number,
    private readonly before: (a: number, b: number) => boolean,
  ) {
    this.heap = new Uint32Array(capacity);
  }

  push(item: number): void {
    const heap = this.heap;
    if (this.size < this.capacity) {
      // Sift up: move the newcomer towards the root while it comes after its parent.
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        const above = heap[parent]!;
        if (!this.before(above, item)) break;
        heap[i] = above;
        i = parent;
      }
      heap[i] = item;
    } else if (this.capacity > 0 && this.before(item, heap[0]!)) {
      this.siftDown(item);
    }
  }

  /** The items kept, first to last. */
  sorted(): number[] {
    return Array.from(this.heap.subarray(0, this.size)).sort((a, b) => (a === b ? 0 : this.before(a, b) ? -1 : 1));
  }

  /** Puts `item` at the root in place of the last item kept, then restores the heap below it. */
  private siftDown(item: number): void {
    const heap = this.heap;
    const size = this.size;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) break;
      const right = left + 1;
      let child = left;
      if (right < size && this.before(heap[left]!, heap[right]!)) child = right;
      if (!this.before(item, heap[child]!)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = item;
  }
}
