// Each user gets a small budget of requests a minute, so one script (or one attacker) cannot run up the bill.

/** Returns a function that says whether `key` may make another request now. */
export function createRateLimiter(perMinute: number): (key: string, now?: number) => boolean {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (key, now = Date.now()) => {
    const bucket = buckets.get(key) ?? { tokens: perMinute, at: now };
    bucket.tokens = Math.min(perMinute, bucket.tokens + ((now - bucket.at) / 60_000) * perMinute);
    bucket.at = now;
    buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  };
}
