/** On SIGINT or SIGTERM, closes a running server and exits: 0 when it closed cleanly, 1 when closing failed. */
export function closeOnSignal(running: { close(): Promise<void> }): void {
  const stop = (): void => {
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
