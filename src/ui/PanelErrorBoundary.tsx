import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useLanguage } from '../i18n/use-language';
import { MESSAGES } from './messages';

interface Props {
  /** What the panel shows, in the page's language, for the message: "The charts could not be shown." */
  name: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** A failure inside one panel stays in that panel; the rest of the page keeps working. */
export class PanelErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`${this.props.name} failed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <PanelFailure name={this.props.name} onRetry={() => this.setState({ error: null })} />;
  }
}

function PanelFailure({ name, onRetry }: { name: string; onRetry: () => void }) {
  const t = MESSAGES[useLanguage()];
  return (
    <div role="alert" className="error-state">
      <p>
        <strong>{t.panelFailed(name)}</strong>
        {t.panelRestWorks}
      </p>
      <button type="button" onClick={onRetry}>
        {t.tryAgain}
      </button>
    </div>
  );
}
