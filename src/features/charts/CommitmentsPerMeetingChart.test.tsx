import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { domainMeetingMatrix } from '../../data/aggregate';
import { filterCommitments, type CommitmentFilter } from '../../data/filter-commitments';
import type { View } from '../../state/view';
import { useViewStore } from '../../state/view-store';
import { fixtureDataset, SHOW_EVERYTHING } from '../../testing/test-fixture';
import {
  CommitmentsPerMeetingChart,
  commitmentsPerMeetingSummary,
} from './CommitmentsPerMeetingChart';

function matrixFor(filter: Partial<CommitmentFilter>) {
  const full = { ...SHOW_EVERYTHING, ...filter };
  return domainMeetingMatrix(fixtureDataset, full, filterCommitments(fixtureDataset, full));
}

function showView(filter: Partial<View>) {
  const view = useViewStore.getState().view;
  useViewStore.setState({
    view: { ...view, confidence: [...SHOW_EVERYTHING.confidence], ...filter },
  });
}

const DOUBTFUL = 'Claims we doubt (unverified or disputed)';

describe('CommitmentsPerMeetingChart', () => {
  it('names the claims we doubt in the legend and draws them hatched, when they are shown', async () => {
    showView({});
    render(<CommitmentsPerMeetingChart matrix={matrixFor({})} lang="en" />);
    const legendItem = (await screen.findByText(DOUBTFUL)).closest('li')!;
    expect(legendItem.querySelector('.hatch-swatch')).not.toBeNull();
    // The series is filled with an SVG pattern of stripes, not a colour of its own.
    const pattern = document.querySelector('pattern')!;
    expect(pattern.querySelector('.hatch-line')).not.toBeNull();
    const hatched = document.querySelectorAll(`.doubtful-bar [fill="url(#${pattern.id})"]`);
    expect(hatched.length).toBeGreaterThan(0);
    expect(screen.getByRole('figure').querySelector('figcaption')).toHaveTextContent(
      '1 tag is on claims we doubt (unverified or disputed), drawn hatched',
    );
  });

  it('has no such series while unverified and disputed claims are hidden', async () => {
    const filter = { confidence: ['official', 'reported'] } as const;
    showView({ confidence: [...filter.confidence] });
    render(<CommitmentsPerMeetingChart matrix={matrixFor(filter)} lang="en" />);
    expect(await screen.findByText('Semiconductors')).toBeInTheDocument();
    expect(screen.queryByText(DOUBTFUL)).toBeNull();
    expect(document.querySelector('.doubtful-bar')).toBeNull();
  });

  it('names the series in Japanese too', async () => {
    showView({ lang: 'ja' });
    render(<CommitmentsPerMeetingChart matrix={matrixFor({})} lang="ja" />);
    expect(await screen.findByText('疑わしい主張（未確認・疑義あり）')).toBeInTheDocument();
  });

  it('reaches the bars with one tab stop and the arrow keys; Enter shows a meeting', async () => {
    showView({});
    const requests = useViewStore.getState().resultsRequests;
    render(<CommitmentsPerMeetingChart matrix={matrixFor({})} lang="en" />);
    const bars = screen.getByRole('toolbar', {
      name: 'Bars: choose a meeting to show its commitments',
    });
    const buttons = within(bars).getAllByRole('button');
    expect(buttons.map((button) => button.tabIndex)).toEqual([0, -1, -1]);
    await userEvent.tab();
    expect(buttons[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(buttons[1]).toHaveFocus();
    expect(buttons[1]).toHaveAccessibleName(
      'Council 2, Brussels 2024: 3 domain tags, 1 on claims we doubt. Show its commitments.',
    );
    await userEvent.keyboard('{Enter}');
    expect(useViewStore.getState().view.meetings).toEqual(['dpc2']);
    expect(useViewStore.getState().resultsRequests).toBe(requests + 1);
  });
});

describe('commitmentsPerMeetingSummary', () => {
  it.each<[string, Partial<CommitmentFilter>, 'en' | 'ja', string]>([
    [
      'one meeting, one tag',
      { meetings: ['dpc1'] },
      'en',
      'Council 1, Tokyo 2023, the one meeting shown, has 1 domain tag.',
    ],
    [
      'one meeting, several tags',
      { meetings: ['dpc2'] },
      'en',
      'Council 2, Brussels 2024, the one meeting shown, has 3 domain tags.',
    ],
    [
      'several meetings',
      {},
      'en',
      'Council 2, Brussels 2024 has the most domain tags (3) among the 3 meetings shown.',
    ],
    ['one meeting in Japanese', { meetings: ['dpc1'] }, 'ja', '表示中の会合は'],
  ])('%s', (_name, filter, lang, expected) => {
    expect(commitmentsPerMeetingSummary(matrixFor(filter), lang)).toContain(expected);
  });
});
