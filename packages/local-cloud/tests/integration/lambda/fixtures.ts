import { fileURLToPath } from 'node:url';

/** The folder of a fixture bundle in this directory. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}
