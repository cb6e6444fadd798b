import { ErrorState } from '../../ui/ErrorState';
import { ProblemList } from '../../components/ProblemList';
import { TextParts } from '../../ui/TextParts';
import { DatasetError } from '../../data/dataset-error';
import { datasetErrorParts } from '../../i18n/dataset-error-text';
import { useLanguage } from '../../i18n/use-language';
import { MESSAGES } from './messages';

interface DatasetErrorStateProps {
  error: Error;
  onRetry: () => void;
  retrying: boolean;
}

export function DatasetErrorState({ error, onRetry, retrying }: DatasetErrorStateProps) {
  const lang = useLanguage();
  const t = MESSAGES[lang];
  const known = error instanceof DatasetError;
  return (
    <ErrorState title={t.title} onRetry={onRetry} retrying={retrying}>
      <p>{known ? <TextParts parts={datasetErrorParts(error.reason, lang)} /> : t.unexpected}</p>
      {known && error.kind !== 'json' && <ProblemList problems={error.problems} />}
      <p>{t.rest}</p>
    </ErrorState>
  );
}
