import { ErrorState } from '../../components/ErrorState';
import { ProblemList } from '../../components/ProblemList';
import { DatasetError } from '../../data/dataset-error';

interface DatasetErrorStateProps {
  error: Error;
  onRetry: () => void;
  retrying: boolean;
}

export function DatasetErrorState({ error, onRetry, retrying }: DatasetErrorStateProps) {
  const known = error instanceof DatasetError;
  return (
    <ErrorState title="The dataset could not be loaded" onRetry={onRetry} retrying={retrying}>
      <p>{known ? error.message : 'Something unexpected went wrong.'}</p>
      {known && error.kind !== 'json' && <ProblemList problems={error.problems} />}
      <p>The rest of the page still works: you can retry, or open a dataset file of your own.</p>
    </ErrorState>
  );
}
