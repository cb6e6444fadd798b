// Kept apart from migrate-v1.ts so that reading a file's version does not load the conversion.

/** The major version a file says it is, or undefined when it says nothing readable. */
export function majorVersion(json: unknown): number | undefined {
  const meta = isRecord(json) ? json.meta : undefined;
  const version = isRecord(meta) ? meta.version : undefined;
  if (typeof version !== 'string') return undefined;
  const match = /^(\d+)\./.exec(version);
  return match ? Number(match[1]) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
