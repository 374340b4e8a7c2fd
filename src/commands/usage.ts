// Shared bits of the command-line shell.
export class UsageError extends Error {}

export const err = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** Output that a reader may cut short (`| head`) ends quietly. */
export function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
