/*
 * "Right after the next frame has been painted": an animation frame, then a
 * task (the frame's style, layout and paint run between the two). A page in
 * a background tab paints nothing and runs no animation frames: past a short
 * wait the promise resolves anyway, so nothing waits on a hidden page.
 */
const HIDDEN_PAGE_PATIENCE_MS = 100;

/** Resolves right after the next frame is painted (or after a short wait where no frame comes). Never rejects. */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    const giveUp = setTimeout(finish, HIDDEN_PAGE_PATIENCE_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(giveUp);
        finish();
      }, 0),
    );
  });
}
