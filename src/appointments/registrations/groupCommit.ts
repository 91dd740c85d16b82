/**
 * Group commit: work that arrives while the database is busy is collected and written in one
 * transaction, then each caller is answered. The writes are durable before any caller hears back
 * (the transaction has committed), so no acknowledged write is lost; batching only saves the
 * per-transaction round trips and commit flushes (as PostgreSQL's own group commit does for WAL).
 *
 * A batch that fails is retried one item at a time, so one bad item (a duplicate that hit a
 * unique index) never fails its neighbours.
 */
export interface GroupCommitOptions {
  /** Most items in one batch. */
  maxBatch: number;
  /** Most batches being written at once (each holds one database connection). */
  maxInFlight: number;
}

type Settle<R> = { resolve: (value: R) => void; reject: (error: unknown) => void };

export class GroupCommit<T, R> {
  private queue: { item: T; settle: Settle<R> }[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    /** Writes the items as one unit, answering for each in order; throws if the unit failed. */
    private readonly write: (items: T[]) => Promise<R[]>,
    private readonly options: GroupCommitOptions,
  ) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, settle: { resolve, reject } });
      this.schedule();
    });
  }

  /** Flushes after the current turn of the event loop, so requests parsed together go together. */
  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.options.maxInFlight || this.queue.length === 0) {
      return;
    }
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.inFlight < this.options.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.options.maxBatch);
      this.inFlight += 1;
      void this.run(batch).finally(() => {
        this.inFlight -= 1;
        this.schedule();
      });
    }
  }

  private async run(batch: { item: T; settle: Settle<R> }[]): Promise<void> {
    try {
      const results = await this.write(batch.map((entry) => entry.item));
      batch.forEach((entry, index) => {
        entry.settle.resolve(results[index] as R);
      });
    } catch (error) {
      if (batch.length === 1) {
        batch[0]?.settle.reject(error);
        return;
      }
      // One at a time: each item succeeds or fails on its own.
      await Promise.all(
        batch.map(async (entry) => {
          try {
            const [result] = await this.write([entry.item]);
            entry.settle.resolve(result as R);
          } catch (single) {
            entry.settle.reject(single);
          }
        }),
      );
    }
  }
}
