"""How the sync client retries: its own module, so the app can hold a policy without loading httpx."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 6
    base_s: float = 0.25
    cap_s: float = 8.0

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Full jitter (AWS's recipe): a random wait up to the exponential step, so devices spread out."""
        step = min(self.cap_s, self.base_s * 2**attempt)
        wait = random.uniform(0, step)
        return max(wait, min(retry_after or 0, self.cap_s))
