/**
 * Runs tasks one at a time, each when the one before has settled (a failure does not stop the queue):
 * `const enqueue = serialQueue(); await enqueue(() => save());`. Each call answers its own task's outcome.
 */
export function serialQueue(): <Result>(task: () => Promise<Result>) => Promise<Result> {
  let queue: Promise<unknown> = Promise.resolve();
  return (task) => {
    const result = queue.then(task, task);
    queue = result.catch(() => undefined);
    return result;
  };
}
