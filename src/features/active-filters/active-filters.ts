import type { DatasetIndex } from '../../data/index-dataset';
import { meetingsInDateOrder } from '../../data/order';
import {
  COMMITMENT_STATUSES,
  COMMITMENT_TYPES,
  CONFIDENCE_LEVELS,
  type CommitmentStatus,
  type CommitmentType,
  type ConfidenceLevel,
} from '../../data/vocabulary';
import { CONFIDENCE_LABELS, STATUS_LABELS, TYPE_LABELS } from '../../i18n/labels';
import { shortMeetingLabel } from '../../i18n/localized';
import { DEFAULT_CONFIDENCE, type View } from '../../state/view';
import { MESSAGES } from './messages';

/** What removing a chip does to the view. */
export type ChipRemoval =
  | { kind: 'domain'; id: string }
  | { kind: 'meeting'; id: string }
  | { kind: 'type'; value: CommitmentType }
  | { kind: 'status'; value: CommitmentStatus }
  | { kind: 'confidence'; value: ConfidenceLevel }
  | { kind: 'search' };

export interface FilterChip {
  /** Unique within the view, stable across renders. */
  key: string;
  label: string;
  removal: ChipRemoval;
}

/**
 * One chip per active filter value, in the order of the filter column (domains as the dataset
 * lists them, meetings by date, enumerations in the schema's order); overview filters only.
 */
export function filterChips(view: View, lookups: DatasetIndex): FilterChip[] {
  const lang = view.lang;
  const t = MESSAGES[lang];
  const chips: FilterChip[] = [];
  for (const [id, domain] of lookups.domains) {
    if (view.domains.includes(id)) {
      chips.push({
        key: `domain:${id}`,
        label: domain.label[lang],
        removal: { kind: 'domain', id },
      });
    }
  }
  if (view.mode === 'overview') {
    for (const meeting of meetingsInDateOrder([...lookups.meetings.values()])) {
      if (view.meetings.includes(meeting.id)) {
        chips.push({
          key: `meeting:${meeting.id}`,
          label: shortMeetingLabel(meeting, lang),
          removal: { kind: 'meeting', id: meeting.id },
        });
      }
    }
  }
  for (const value of COMMITMENT_TYPES) {
    if (view.types.includes(value)) {
      chips.push({
        key: `type:${value}`,
        label: TYPE_LABELS[lang][value],
        removal: { kind: 'type', value },
      });
    }
  }
  for (const value of COMMITMENT_STATUSES) {
    if (view.statuses.includes(value)) {
      chips.push({
        key: `status:${value}`,
        label: STATUS_LABELS[lang][value],
        removal: { kind: 'status', value },
      });
    }
  }
  for (const value of CONFIDENCE_LEVELS) {
    const shown = view.confidence.includes(value);
    const byDefault = DEFAULT_CONFIDENCE.includes(value);
    if (shown !== byDefault) {
      const label = CONFIDENCE_LABELS[lang][value];
      chips.push({
        key: `confidence:${value}`,
        label: shown ? label : t.hidden(label),
        removal: { kind: 'confidence', value },
      });
    }
  }
  const q = view.q.trim();
  if (q) chips.push({ key: 'search', label: t.search(q), removal: { kind: 'search' } });
  return chips;
}
