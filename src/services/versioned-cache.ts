/**
 * Keeps one value built for one version key, and shares the build in flight: concurrent callers asking for the
 * same key get the same promise, so the value is built once per version however many requests arrive cold. A
 * new key starts a new build and replaces the entry; a failed build is forgotten, so the next call tries again.
 * One per process, passed in deps (never a global).
 */
export class VersionedCache<T> {
  private entry: { key: string; value: Promise<T> } | null = null;

  /** The value for key: the cached or in-flight one, else the one build() makes. */
  get(key: string, build: () => Promise<T>): Promise<T> {
    if (this.entry?.key === key) return this.entry.value;
    const entry = { key, value: build() };
    this.entry = entry;
    entry.value.catch(() => {
      if (this.entry === entry) this.entry = null;
    });
    return entry.value;
  }
}
