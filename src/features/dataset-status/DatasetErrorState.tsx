import { ErrorState } from '../../components/ErrorState';
import { DatasetError } from '../../data/load-dataset';

const MAX_PROBLEMS_SHOWN = 20;

interface DatasetErrorStateProps {
  error: Error;
  onRetry: () => void;
  retrying: boolean;
}

export function DatasetErrorState({ error, onRetry, retrying }: DatasetErrorStateProps) {
  const problems = error instanceof DatasetError ? error.problems : [];
  const hidden = problems.length - MAX_PROBLEMS_SHOWN;
  return (
    <ErrorState title="The dataset could not be loaded" onRetry={onRetry} retrying={retrying}>
      <p>{error instanceof DatasetError ? error.message : 'Something unexpected went wrong.'}</p>
      {problems.length > 0 && (
        <>
          <p>
            {problems.length === 1
              ? '1 problem was found:'
              : `${problems.length} problems were found:`}
          </p>
          <ul className="problem-list">
            {problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem, index) => (
              <li key={index}>
                <code>{problem.path}</code>: {problem.message}
              </li>
            ))}
          </ul>
          {hidden > 0 && <p>…and {hidden} more.</p>}
        </>
      )}
    </ErrorState>
  );
}
