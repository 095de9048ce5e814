import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RateLimiter } from '../../src/server/rateLimiter';

describe('rate limiter', () => {
  it('a flood of fresh keys never resets another key’s limit, and throttles itself', () => {
    const limiter = new RateLimiter(60); // tracks 100,000 keys
    const now = Date.now();
    let allowed = 0;
    while (limiter.take('token-a', now) === 0) allowed++;
    assert.equal(allowed, 10, 'a burst of a sixth of the per-minute rate, at least 10');
    let floodAllowed = 0;
    for (let i = 0; i < 150_000; i++) if (limiter.take(`ip:${i}`, now) === 0) floodAllowed++;
    assert.ok(limiter.take('token-a', now) > 0, 'token-a is still limited after the flood');
    assert.ok(floodAllowed < 100_000 * 10 + 10 && floodAllowed <= (100_000 - 1) * 10 + 10, `the keys beyond the tracked ones share one bucket (${floodAllowed} allowed)`);
    assert.ok(limiter.take('ip:another-fresh-one', now) > 0, 'a fresh key in a full table shares the exhausted overflow bucket');
  });

  it('a key gets its tokens back at the sustained rate', () => {
    const limiter = new RateLimiter(60);
    const now = Date.now();
    while (limiter.take('k', now) === 0);
    assert.equal(limiter.take('k', now + 1000), 0, 'one request a second at 60 a minute');
    assert.ok(limiter.take('k', now + 1000) > 0);
  });
});
