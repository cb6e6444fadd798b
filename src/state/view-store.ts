import { create } from 'zustand';
import type {
  CommitmentStatus,
  CommitmentType,
  ConfidenceLevel,
  Language,
} from '../data/vocabulary';
import type { SortOrder } from '../data/order';
import type { UrlNotice } from './notices';
import { DEFAULT_CONFIDENCE, defaultView, DOUBTFUL_CONFIDENCE, type Mode, type View } from './view';

interface ViewState {
  view: View;
  /** What the current URL asked for that could not be shown. */
  notices: UrlNotice[];
  /** How many times Back or Forward moved through the history: what is open over a view closes. */
  historyMoves: number;
  historyMoved: () => void;
  /**
   * How many times the reader asked to see the results of a filter (a matrix cell, a chart bar, a
   * meeting on the timeline): the results come into view. Not part of the view or its URL.
   */
  resultsRequests: number;
  resultsRequested: () => void;
  viewReplaced: (view: View, notices?: UrlNotice[]) => void;
  noticesDismissed: () => void;
  domainToggled: (id: string) => void;
  domainsSet: (ids: string[]) => void;
  meetingToggled: (id: string) => void;
  meetingsSet: (ids: string[]) => void;
  cellSelected: (domain: string, meeting: string) => void;
  signedDocumentsShown: (meeting: string, types: CommitmentType[]) => void;
  typeToggled: (type: CommitmentType) => void;
  statusToggled: (status: CommitmentStatus) => void;
  confidenceToggled: (level: ConfidenceLevel) => void;
  doubtfulClaimsShown: (shown: boolean) => void;
  searchChanged: (q: string) => void;
  sortChanged: (sort: SortOrder) => void;
  filtersReset: () => void;
  itemOpened: (id: string) => void;
  itemClosed: () => void;
  languageChanged: (lang: Language) => void;
  modeChanged: (mode: Mode) => void;
  /** null returns to the default pair. */
  comparePairChanged: (pair: [string, string] | null) => void;
}

function toggled<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

export const useViewStore = create<ViewState>()((set) => {
  const update = (change: (view: View) => Partial<View>) =>
    set((state) => ({ view: { ...state.view, ...change(state.view) } }));

  return {
    view: defaultView(),
    notices: [],
    historyMoves: 0,
    historyMoved: () => set((state) => ({ historyMoves: state.historyMoves + 1 })),
    resultsRequests: 0,
    resultsRequested: () => set((state) => ({ resultsRequests: state.resultsRequests + 1 })),
    viewReplaced: (view, notices = []) => set({ view, notices }),
    noticesDismissed: () => set({ notices: [] }),
    domainToggled: (id) => update((view) => ({ domains: toggled(view.domains, id) })),
    domainsSet: (domains) => update(() => ({ domains })),
    meetingToggled: (id) => update((view) => ({ meetings: toggled(view.meetings, id) })),
    meetingsSet: (meetings) => update(() => ({ meetings })),
    cellSelected: (domain, meeting) => update(() => ({ domains: [domain], meetings: [meeting] })),
    signedDocumentsShown: (meeting, types) =>
      update(() => ({ meetings: [meeting], types, statuses: ['signed'] })),
    typeToggled: (type) => update((view) => ({ types: toggled(view.types, type) })),
    statusToggled: (status) => update((view) => ({ statuses: toggled(view.statuses, status) })),
    confidenceToggled: (level) =>
      update((view) => {
        const confidence = toggled(view.confidence, level);
        // At least one level stays shown, otherwise nothing could ever match.
        return { confidence: confidence.length > 0 ? confidence : view.confidence };
      }),
    doubtfulClaimsShown: (shown) =>
      update((view) => ({
        confidence: shown
          ? [...new Set([...view.confidence, ...DOUBTFUL_CONFIDENCE])]
          : view.confidence.filter((level) => !DOUBTFUL_CONFIDENCE.includes(level)).length > 0
            ? view.confidence.filter((level) => !DOUBTFUL_CONFIDENCE.includes(level))
            : DEFAULT_CONFIDENCE,
      })),
    searchChanged: (q) => update(() => ({ q })),
    sortChanged: (sort) => update(() => ({ sort })),
    filtersReset: () =>
      update((view) => {
        const fresh = defaultView();
        return {
          ...fresh,
          mode: view.mode,
          sort: view.sort,
          compare: view.compare,
          lang: view.lang,
          embed: view.embed,
        };
      }),
    itemOpened: (item) => update(() => ({ item })),
    itemClosed: () => update(() => ({ item: null })),
    languageChanged: (lang) => update(() => ({ lang })),
    modeChanged: (mode) => update(() => ({ mode, item: null })),
    comparePairChanged: (compare) => update(() => ({ compare })),
  };
});
