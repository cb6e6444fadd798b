import type { ReactNode } from 'react';
import { useLanguage } from '../i18n/use-language';
import { MESSAGES } from './messages';

interface ErrorStateProps {
  title: string;
  children: ReactNode;
  onRetry?: () => void;
  retrying?: boolean;
}

export function ErrorState({ title, children, onRetry, retrying = false }: ErrorStateProps) {
  const t = MESSAGES[useLanguage()];
  return (
    <section role="alert" className="error-state">
      <h2>{title}</h2>
      {children}
      {onRetry && (
        <button type="button" onClick={onRetry} disabled={retrying}>
          {retrying ? t.retrying : t.retry}
        </button>
      )}
    </section>
  );
}
