/** Resolves once the notebook's first cell has been painted (or after `limitMs`, whichever is first). */
export function firstCellPainted(limitMs: number): Promise<void> {
  return new Promise((resolve) => {
    const until = performance.now() + limitMs;
    const check = () => {
      if (document.querySelector('section[data-cell-index]') || performance.now() > until) {
        // The frame with the cell is drawn before the task after the next animation frame.
        requestAnimationFrame(() => setTimeout(resolve, 0));
      } else {
        requestAnimationFrame(check);
      }
    };
    check();
  });
}
