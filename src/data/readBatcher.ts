import { SPFI } from './sp';

/**
 * Combines the reads a page starts at the same moment into one SharePoint `$batch` request. When several web parts
 * (or one part's several lists) load together, their first reads wait one turn of the event loop, then go as one
 * request; a read on its own goes as a plain request. Each read still answers, or fails, on its own.
 *
 * A read is given as a function of the SPFI to use (batched or not); it must start its request at once (no
 * `await` before it), as PnPjs batching requires.
 */
export class ReadBatcher {
  private pending: { read: (sp: SPFI) => Promise<unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void }[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  public constructor(private readonly sp: SPFI, private readonly windowMs = 0) {}

  public read<R>(read: (sp: SPFI) => Promise<R>): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ read, resolve: resolve as (value: unknown) => void, reject });
      if (this.timer === undefined) this.timer = setTimeout(() => this.flush(), this.windowMs);
    });
  }

  private flush(): void {
    const work = this.pending;
    this.pending = [];
    this.timer = undefined;
    if (work.length === 1) {
      work[0].read(this.sp).then(work[0].resolve, work[0].reject);
      return;
    }
    const [batched, execute] = this.sp.batched();
    const answers = work.map((w) => w.read(batched).then(w.resolve, w.reject));
    execute().then(
      () => Promise.all(answers),
      (error: unknown) => work.forEach((w) => w.reject(error))
    );
  }
}
