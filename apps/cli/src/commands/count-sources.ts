// Counts the inputs a run will read (files after folder expansion), for the progress bar's ETA.
import { expandInputs } from '@shabaka/ingest';

/** @example await countSources(['examples/'], { glob: [], ignore: [] }) // 2 */
export async function countSources(
  inputs: readonly string[],
  options: { glob: string[]; ignore: string[] },
): Promise<number> {
  let n = 0;
  for await (const _ of expandInputs(inputs, options)) n++;
  return n;
}
