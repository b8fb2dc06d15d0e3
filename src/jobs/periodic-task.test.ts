import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startPeriodicTask } from './periodic-task.ts';

describe('startPeriodicTask', () => {
  it('runs the task at once, and stop waits for the run in progress', async () => {
    const events: string[] = [];
    let finish: () => void = () => {};
    const task = startPeriodicTask(
      () =>
        new Promise<void>((resolve) => {
          events.push('started');
          finish = () => {
            events.push('finished');
            resolve();
          };
        }),
      { intervalMs: 3_600_000 },
    );
    assert.deepEqual(events, ['started']);
    const stopped = task.stop().then(() => events.push('stopped'));
    finish();
    await stopped;
    assert.deepEqual(events, ['started', 'finished', 'stopped']);
  });

  it('reports a failing run through onError when the task throws', async () => {
    const errors: unknown[] = [];
    const task = startPeriodicTask(
      async () => {
        throw new Error('database gone');
      },
      { intervalMs: 3_600_000, onError: (error) => errors.push(error) },
    );
    await task.stop();
    assert.deepEqual(
      errors.map((e) => (e as Error).message),
      ['database gone'],
    );
  });
});
