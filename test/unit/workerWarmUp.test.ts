import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { warmUp } from '../../src/extension/workerWarmUp';

describe('the scan worker warm-up', () => {
  it('runs its rounds only while the worker is idle, and finishes', async () => {
    let busy = true;
    let asked = 0;
    const done = warmUp(() => {
      asked++;
      return !busy;
    });
    await new Promise((resolve) => setTimeout(resolve, 120));
    const whileBusy = asked;
    assert.ok(whileBusy >= 1 && whileBusy <= 4, `asked ${whileBusy} times while busy: it waits, it does not spin`);
    busy = false;
    await done;
    assert.ok(asked >= whileBusy + 24, 'every round checked first that no request was waiting');
  });

  it('stops once the user\'s own document has been scanned', async () => {
    let rounds = 0;
    let documentScanned = false;
    const done = warmUp(
      () => {
        rounds++;
        if (rounds === 3) documentScanned = true; // a real edit arrived and was scanned during the third round
        return true;
      },
      () => documentScanned,
    );
    await done;
    assert.equal(rounds, 3, 'no further sample rounds after the real document');
  });
});
