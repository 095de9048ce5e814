"""Each user gets a small budget of requests a minute, so one script cannot run up the bill."""
import threading
import time


class RateLimiter:
    def __init__(self, per_minute):
        self.per_minute = per_minute
        self.buckets = {}
        self.lock = threading.Lock()

    def allow(self, key, now=None):
        """True when `key` may make another request now."""
        now = time.monotonic() if now is None else now
        with self.lock:
            tokens, at = self.buckets.get(key, (self.per_minute, now))
            tokens = min(self.per_minute, tokens + (now - at) / 60 * self.per_minute)
            allowed = tokens >= 1
            self.buckets[key] = (tokens - 1 if allowed else tokens, now)
            return allowed
