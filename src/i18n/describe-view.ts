import { formatList } from './format';
import type { DatasetIndex } from '../data/index-dataset';
import { meetingsInDateOrder } from '../data/order';
import {
  COMMITMENT_STATUSES,
  COMMITMENT_TYPES,
  CONFIDENCE_LEVELS,
  type Language,
} from '../data/vocabulary';
import { meetingLabel } from './localized';
import { isDefaultConfidence, type View } from '../state/view';
import { DESCRIPTION } from './describe-view-messages';
import { CONFIDENCE_LABELS, STATUS_LABELS, TYPE_LABELS } from './labels';

/** Ids in the page's order (domains as the dataset lists them, meetings by date). */
function inOrder(ids: readonly string[], order: readonly string[]): string[] {
  return [...order.filter((id) => ids.includes(id)), ...ids.filter((id) => !order.includes(id))];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}

/**
 * A title for what the view shows, in the view's language, written from its filters: "Commitments
 * on Semiconductors and Artificial intelligence at Council 2 (Brussels 2024)". It names files'
 * contents, charts' images and citations, so a reader can tell views apart without the URL.
 * `pair` is the pair of meetings a comparison shows (the default pair when the URL names none).
 */
export function describeView(
  view: View,
  lookups: DatasetIndex,
  pair: readonly [string, string] | null = null,
): string {
  const lang: Language = view.lang;
  const words = DESCRIPTION[lang];
  const vocabulary = {
    type: TYPE_LABELS[lang],
    status: STATUS_LABELS[lang],
    confidence: CONFIDENCE_LABELS[lang],
  };
  const meeting = (id: string) => {
    const found = lookups.meetings.get(id);
    return found ? meetingLabel(found, lang) : id;
  };
  const domains =
    view.domains.length > 0
      ? formatList(
          inOrder(view.domains, [...lookups.domains.keys()]).map(
            (id) => lookups.domains.get(id)?.label[lang] ?? id,
          ),
          lang,
        )
      : null;

  let subject: string;
  if (view.mode === 'compare' && pair) {
    subject =
      words.comparison(meeting(pair[0]), meeting(pair[1])) +
      (domains ? words.comparedDomains(domains) : '');
  } else {
    const meetings =
      view.meetings.length > 0
        ? formatList(
            inOrder(
              view.meetings,
              meetingsInDateOrder([...lookups.meetings.values()]).map((m) => m.id),
            ).map(meeting),
            lang,
          )
        : null;
    const on = domains ? words.on(domains) : '';
    const at = meetings ? words.at(meetings) : '';
    // English reads "Commitments on … at …"; Japanese "…における…に関する合意事項".
    subject =
      !on && !at
        ? words.all
        : lang === 'ja'
          ? `${at}${on}${words.commitments}`
          : `${words.commitments}${on}${at}`;
  }

  // Enumerations in the schema's order, as the URL writes them, so one view has one description.
  const either = <T extends string>(
    all: readonly T[],
    chosen: readonly T[],
    label: (v: T) => string,
  ) => formatList(all.filter((value) => chosen.includes(value)).map(label), lang, 'disjunction');
  const qualifiers: string[] = [];
  if (view.types.length > 0) {
    qualifiers.push(words.type(either(COMMITMENT_TYPES, view.types, (t) => vocabulary.type[t])));
  }
  if (view.statuses.length > 0) {
    qualifiers.push(
      words.status(either(COMMITMENT_STATUSES, view.statuses, (s) => vocabulary.status[s])),
    );
  }
  if (sameSet(view.confidence, CONFIDENCE_LEVELS)) qualifiers.push(words.allConfidence);
  else if (!isDefaultConfidence(view.confidence)) {
    qualifiers.push(
      words.confidence(
        either(CONFIDENCE_LEVELS, view.confidence, (level) => vocabulary.confidence[level]),
      ),
    );
  }
  if (view.q.trim()) qualifiers.push(words.search(view.q.trim()));

  return qualifiers.length > 0 ? subject + words.qualifiers(qualifiers) : subject;
}
