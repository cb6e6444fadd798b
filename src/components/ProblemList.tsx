import { formatNumber } from '../i18n/format';
import { langIfOther, PROSE_LANGUAGE } from '../data/text-language';
import { useLanguage } from '../i18n/use-language';
import { MESSAGES } from './messages';

export const MAX_PROBLEMS_SHOWN = 20;

interface Problem {
  path: string;
  message: string;
}

/** The problems of a file, each with where it is: the first twenty, and how many more. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const lang = useLanguage();
  if (problems.length === 0) return null;
  const t = MESSAGES[lang];
  const hidden = problems.length - MAX_PROBLEMS_SHOWN;
  return (
    <>
      <p>{t.problemsFound(problems.length, formatNumber(problems.length, lang))}</p>
      {/* The validator words its findings in English, about the file's English field names; a
          JSON path is code, in no language. */}
      <ul className="problem-list" lang={langIfOther(PROSE_LANGUAGE, lang)}>
        {problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem, index) => (
          <li key={index}>
            <code lang="zxx">{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ul>
      {hidden > 0 && <p>{t.moreProblems(formatNumber(hidden, lang))}</p>}
    </>
  );
}
