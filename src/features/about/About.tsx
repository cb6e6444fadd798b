import { lazy, Suspense } from 'react';
import { LoadingState } from '../../ui/LoadingState';
import type { Dataset } from '../../data/schema';
import type { Language } from '../../data/vocabulary';
import { catalog } from '../../i18n/catalog';

// The page and its prose load only when a reader opens it: they are not part of the first screen.
const AboutPage = lazy(() => import('./AboutPage'));

const LOADING = catalog('Loading the description of the data…', 'データの説明を読み込んでいます…');

export function About({ dataset, lang }: { dataset: Dataset; lang: Language }) {
  return (
    <Suspense fallback={<LoadingState label={LOADING[lang]} />}>
      <AboutPage dataset={dataset} lang={lang} />
    </Suspense>
  );
}
