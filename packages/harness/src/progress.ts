import cliProgress from 'cli-progress';

/** One progress bar on stderr per stage (a TTY), or a line every few seconds (logs, CI). */
export interface StageProgress {
  update(stage: string, done: number, total: number): void;
  stop(): void;
}

export function createStageProgress(options: { stream?: NodeJS.WriteStream; intervalMs?: number } = {}): StageProgress {
  const stream = options.stream ?? process.stderr;
  if (stream.isTTY) {
    let bar: cliProgress.SingleBar | undefined;
    let current = '';
    return {
      update(stage, done, total) {
        if (stage !== current) {
          bar?.stop();
          current = stage;
          bar = new cliProgress.SingleBar(
            {
              stream,
              format: `${stage.padEnd(9)} [{bar}] {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted}`,
              etaBuffer: 50,
            },
            cliProgress.Presets.shades_classic,
          );
          bar.start(total, done, { rate: '0' });
        }
        const elapsed = (Date.now() - (bar as unknown as { startTime: number }).startTime) / 1000;
        bar?.update(done, { rate: elapsed > 0 ? (done / elapsed).toFixed(1) : '0' });
      },
      stop() {
        bar?.stop();
      },
    };
  }
  const interval = options.intervalMs ?? 5000;
  let last = 0;
  let current = '';
  return {
    update(stage, done, total) {
      const now = Date.now();
      if (stage === current && now - last < interval && done < total) return;
      current = stage;
      last = now;
      stream.write(`${stage}: ${done}/${total}\n`);
    },
    stop() {},
  };
}
