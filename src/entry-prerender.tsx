// Renders the default view to HTML at build time (scripts/prerender.ts), so that the first screen
// is drawn before any script runs. The client then renders the same view over it.
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { datasetQueryOptions } from './data/dataset-query';
import { parseDataset } from './data/parse-dataset';

export function renderDefaultView(json: unknown): string {
  const parsed = parseDataset(json);
  if (!parsed.ok) {
    throw new Error(
      `The bundled dataset does not follow the schema: ${JSON.stringify(parsed.problems.slice(0, 5))}`,
    );
  }
  const queryClient = createQueryClient();
  queryClient.setQueryData(datasetQueryOptions().queryKey, parsed.dataset);
  return renderToString(<App queryClient={queryClient} />);
}
