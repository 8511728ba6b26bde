import { pauseTimer } from '../../src/internal/announcer.js';

/**
 * Puts a manual timer in place of the announcers' pause (internal/announcer.ts): a pause ends only when
 * the test calls `end()`, so "nothing is said yet" and "nothing is said after the pause" are checked
 * without waiting for a clock. `restore()` puts the real timer back.
 */
export function manualPauses(): { end(): void; pending(): number; restore(): void } {
  const real = { ...pauseTimer };
  const waiting = new Set<() => void>();
  pauseTimer.start = (speak) => {
    waiting.add(speak);
    return speak;
  };
  pauseTimer.cancel = (timer) => void waiting.delete(timer as () => void);
  return {
    end() {
      const due = [...waiting];
      waiting.clear();
      due.forEach((speak) => speak());
    },
    pending: () => waiting.size,
    restore: () => Object.assign(pauseTimer, real),
  };
}
