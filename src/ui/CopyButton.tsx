import { useEffect, useState } from 'react';
import { useLanguage } from '../i18n/use-language';
import { MESSAGES } from './messages';

type CopyState = 'idle' | 'copied' | 'failed';

interface CopyButtonProps {
  label: string;
  /** Read when clicked, so the copy is always current. */
  text: () => string;
  copiedMessage: string;
  /** The language of the text copied, where it is not the page's ("zxx" for an address). */
  textLang?: string;
}

/** Copies text to the clipboard and says so; where the clipboard is refused, shows the text instead. */
export function CopyButton({ label, text, copiedMessage, textLang }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  const [failedText, setFailedText] = useState('');
  const t = MESSAGES[useLanguage()];

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = window.setTimeout(() => setState('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const value = text();
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setFailedText(value);
      setState('failed');
    }
  };

  return (
    <span className="copy-button">
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' && copiedMessage}
        {state === 'failed' && (
          <>
            {t.copyRefused} <output lang={textLang}>{failedText}</output>
          </>
        )}
      </span>
    </span>
  );
}
