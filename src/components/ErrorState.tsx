import type { ReactNode } from 'react';

interface ErrorStateProps {
  title: string;
  children: ReactNode;
  onRetry?: () => void;
  retrying?: boolean;
}

export function ErrorState({ title, children, onRetry, retrying = false }: ErrorStateProps) {
  return (
    <section role="alert" className="error-state">
      <h2>{title}</h2>
      {children}
      {onRetry && (
        <button type="button" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
      )}
    </section>
  );
}
