import { LRUCache } from 'lru-cache';

interface Bucket {
  tokens: number;
  updated: number;
}

/**
 * Token bucket per key (a token id, or an address for failed sign-ins): `perMinute` sustained, a burst of a sixth of
 * it. Memory is bounded (lru-cache): a bucket is forgotten once it would be full again anyway, and when `maxKeys`
 * buckets are in use a key not yet tracked shares one overflow bucket — so a flood of fresh keys throttles itself
 * and never resets another key's limit.
 */
export class RateLimiter {
  private readonly buckets: LRUCache<string, Bucket>;
  private readonly capacity: number;
  private readonly rate: number;
  private lastPurge = 0;

  constructor(private readonly perMinute: number, private readonly maxKeys = 100_000) {
    this.capacity = Math.max(10, Math.ceil(perMinute / 6));
    this.rate = perMinute / 60_000;
    const refillMs = perMinute > 0 ? Math.ceil(this.capacity / this.rate) : 60_000;
    this.buckets = new LRUCache({ max: maxKeys + 1, ttl: refillMs, ttlAutopurge: false });
  }

  /** Seconds to wait, or 0 when the request may go ahead. */
  take(key: string, now = Date.now()): number {
    if (this.perMinute <= 0) return 0;
    if (!this.buckets.has(key) && this.buckets.size >= this.maxKeys) {
      // Forgetting full-again buckets walks the whole table: at most once a second, not per request of a flood.
      if (now - this.lastPurge > 1000) {
        this.lastPurge = now;
        this.buckets.purgeStale();
      }
      if (this.buckets.size >= this.maxKeys) key = '\0overflow';
    }
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, updated: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.updated) * this.rate);
    bucket.updated = now;
    const wait = bucket.tokens >= 1 ? 0 : Math.ceil((1 - bucket.tokens) / this.rate / 1000);
    if (wait === 0) bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    return wait;
  }
}
