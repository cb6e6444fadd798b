import type { z } from 'zod';

export interface DatasetProblem {
  /** Where in the file, written as a JSON path: `$.commitments[3].evidence[0].source`. */
  path: string;
  message: string;
}

export function toJsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (result, key) =>
      typeof key === 'number'
        ? `${result}[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(key))
          ? `${result}.${String(key)}`
          : `${result}[${JSON.stringify(String(key))}]`,
    '$',
  );
}

export function problemsFromZodError(error: z.ZodError): DatasetProblem[] {
  return error.issues.map((issue) => ({ path: toJsonPath(issue.path), message: issue.message }));
}
