/**
 * fast-check settings for the unit suite: a fixed seed, so a run is the same every time, and a
 * bounded number of cases. PROPERTY_RUNS=<n> (with PROPERTY_SEED=<n> for another sample) runs
 * the properties harder, e.g. `PROPERTY_RUNS=100000 npx vitest run url-codec`.
 */
export function propertyRuns(numRuns: number): { seed: number; numRuns: number } {
  const runs = Number(process.env.PROPERTY_RUNS);
  const seed = Number(process.env.PROPERTY_SEED);
  return {
    seed: Number.isInteger(seed) ? seed : 20_230_703,
    numRuns: Number.isInteger(runs) && runs > 0 ? runs : numRuns,
  };
}
