// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/generate-dataset';
import { threadLineage } from '../../data/aggregate';
import { indexDataset } from '../../data/index-dataset';
import { MAX_TITLE_CHARACTERS } from '../../i18n/shorten-text';
import { CommitmentDialog, LINEAGE_STEP } from './CommitmentDialog';

describe('CommitmentDialog with a thread of 20,000 commitments', () => {
  // Generated: every commitment in one thread, and one title of five million characters.
  const dataset = generateDataset(20_000);
  const thread = dataset.threads[0]!.id;
  for (const commitment of dataset.commitments) commitment.thread = thread;
  const lineage = threadLineage(dataset, thread);
  const long = lineage[lineage.length - 1]!;
  long.title.en = `${'Semiconductors '.repeat(350_000)}end`;
  const lookups = indexDataset(dataset);

  const renderDialog = (id: string) =>
    render(
      <CommitmentDialog
        dataset={dataset}
        commitment={dataset.commitments.find((commitment) => commitment.id === id)}
        lookups={lookups}
        lang="en"
      />,
    );

  it('lists a page of the lineage, the commitment shown among it, with a way to show more', () => {
    const middle = lineage[10_000]!;
    renderDialog(middle.id);
    const section = screen.getByRole('region', { name: /^Thread:/ });
    const items = within(section).getAllByRole('listitem');
    expect(items.length).toBeLessThanOrEqual(LINEAGE_STEP);
    expect(items.some((item) => item.getAttribute('aria-current') === 'step')).toBe(true);
    expect(within(section).getByRole('button', { name: /^Show \d+ more$/ })).toBeVisible();
    expect(section).toHaveTextContent(/earlier commitments of this thread are not listed/);
  });

  it('cuts a title of five million characters, with a visible ellipsis', () => {
    renderDialog(long.id);
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent!.length).toBeLessThanOrEqual(MAX_TITLE_CHARACTERS + 1);
    expect(heading.textContent!.endsWith('…')).toBe(true);
  });
});
