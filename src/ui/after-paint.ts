interface TaskScheduler {
  postTask(
    task: () => void,
    options: { priority: 'user-blocking'; signal: AbortSignal },
  ): Promise<void>;
}

/**
 * Runs `task` just after the browser has painted the next frame, so what the person just did
 * (a key, a click) shows first. Returns a function that cancels it if it has not run yet.
 *
 * The task is posted at user-blocking priority where the browser has `scheduler.postTask`:
 * Monaco tokenizes a large model in the background as a chain of 1 ms tasks, and a plain
 * `setTimeout` waited behind up to 50 ms of them.
 */
export function afterNextPaint(task: () => void): () => void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  const abort = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A task queued from inside a frame callback runs once that frame is painted.
  const frame = requestAnimationFrame(() => {
    if (!scheduler) timer = setTimeout(task, 0);
    else
      scheduler.postTask(task, { priority: 'user-blocking', signal: abort.signal }).catch(() => {
        // Cancelled before it ran.
      });
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    abort.abort();
  };
}
