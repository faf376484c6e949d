/**
 * Whether text output gets colour: only on a terminal, and never when
 * `NO_COLOR` is set to anything but the empty string (no-color.org).
 *
 * @example
 * shouldColor(process.stdout.isTTY === true, process.env);
 */
export function shouldColor(
  isTty: boolean,
  environment: NodeJS.ProcessEnv,
): boolean {
  const noColor = environment.NO_COLOR;
  if (noColor !== undefined && noColor !== '') return false;

  return isTty;
}
