import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { ProblemList } from '../../components/ProblemList';
import { TextParts } from '../../ui/TextParts';
import { datasetErrorParts } from '../../i18n/dataset-error-text';
import { useLanguage } from '../../i18n/use-language';
import { MESSAGES } from './messages';
import { useOpenDataset } from './use-open-dataset';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * "Open a dataset file…": a file picker, and a file dropped anywhere on the page. `onRefused` is
 * told when a file is refused, so that whatever holds the control can show why.
 */
export function OpenDatasetControl({
  onOpened,
  onRefused,
  pendingFile,
}: {
  onOpened: (file: File) => void;
  onRefused?: () => void;
  /** A file the reader chose before the app ran (public/boot.js): opened on mounting. */
  pendingFile?: File;
}) {
  const input = useRef<HTMLInputElement>(null);
  const { state, open, dismiss } = useOpenDataset(onOpened);
  const [dragging, setDragging] = useState(false);
  const openDropped = useEffectEvent((file: File) => void open(file));
  const lang = useLanguage();
  const t = MESSAGES[lang];
  const refused = useEffectEvent(() => onRefused?.());
  useEffect(() => {
    if (state.status === 'rejected') refused();
  }, [state]);

  useEffect(() => {
    if (pendingFile) openDropped(pendingFile);
  }, [pendingFile]);

  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) openDropped(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <div className="open-dataset">
      <input
        ref={input}
        id="dataset-file"
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        aria-label={t.fileInput}
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void open(file);
        }}
      />
      <button type="button" className="secondary" onClick={() => input.current?.click()}>
        {t.open}
      </button>
      <span role="status" className="copy-status">
        {state.status === 'reading' && <TextParts parts={t.reading(state.name)} />}
      </span>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t.drop}
        </div>
      )}
      {state.status === 'rejected' && (
        <section role="alert" className="error-state file-problems">
          <h2>
            <TextParts parts={t.notOpened(state.name)} />
          </h2>
          <p>
            <TextParts parts={datasetErrorParts(state.error.reason, lang)} />
            {t.unchanged}
          </p>
          {state.error.kind !== 'json' && <ProblemList problems={state.error.problems} />}
          <button type="button" onClick={dismiss}>
            {t.dismiss}
          </button>
        </section>
      )}
    </div>
  );
}
