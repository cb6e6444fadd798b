export const MAX_PROBLEMS_SHOWN = 20;

interface Problem {
  path: string;
  message: string;
}

/** The problems of a file, each with where it is: the first twenty, and how many more. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  const hidden = problems.length - MAX_PROBLEMS_SHOWN;
  return (
    <>
      <p>
        {problems.length === 1 ? '1 problem was found:' : `${problems.length} problems were found:`}
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
  );
}
