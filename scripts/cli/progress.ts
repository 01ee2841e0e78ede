/** A one-line progress display on a terminal's standard error; nothing at all when it is not a terminal. */
export function progressLine(total: number, stream: NodeJS.WriteStream = process.stderr) {
  const live = Boolean(stream.isTTY) && total > 1;
  const started = performance.now();
  let done = 0;
  return {
    step(file: string) {
      done++;
      if (!live) return;
      const rate = done / ((performance.now() - started) / 1000);
      const width = Math.max(20, (stream.columns ?? 80) - 30);
      const name = file.length > width ? `…${file.slice(-(width - 1))}` : file;
      stream.write(`\r\x1b[K[${done}/${total}] ${rate.toFixed(1)} pages/s  ${name}`);
    },
    end() {
      if (live) stream.write('\r\x1b[K');
    },
  };
}
