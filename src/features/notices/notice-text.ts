import { formatNumber } from '../../i18n/format';
import type { Language } from '../../data/vocabulary';
import type { UrlNotice } from '../../state/notices';
import type { TextPart } from '../../i18n/text-parts';
import { MESSAGES } from './messages';

/** A notice in the reader's language, with what it quotes from the link kept apart. */
export function noticeParts(notice: UrlNotice, lang: Language): TextPart[] {
  const t = MESSAGES[lang];
  switch (notice.kind) {
    case 'invalid-id':
      return t.invalidId(t.keys[notice.key], notice.value);
    case 'too-many-ids':
      return t.tooManyIds(t.keys[notice.key], formatNumber(notice.limit, lang));
    case 'unknown-value':
      return t.unknownValue(t.keys[notice.key], notice.value);
    case 'search-cut':
      return t.searchCut(formatNumber(notice.limit, lang));
    case 'invalid-compare':
      return t.invalidCompare(notice.value);
    case 'invalid-item':
      return t.invalidItem(notice.value);
    case 'item-on-about':
      return t.itemOnAbout(notice.value);
    case 'invalid-embed':
      return t.invalidEmbed(notice.value);
    case 'invalid-version':
      return t.invalidVersion(notice.value);
    case 'unknown-version':
      return t.unknownVersion(notice.value, notice.latest);
    case 'unknown-key':
      return t.unknownKey(notice.value);
    case 'repeated-key':
      return t.repeatedKey(notice.value);
    case 'unknown-ids': {
      const quoted = notice.values.flatMap((value, index): TextPart[] => [
        ...(index > 0 ? [t.listSeparator] : []),
        t.open,
        { verbatim: value },
        t.close,
      ]);
      const more = notice.more ? [t.andMore(formatNumber(notice.more, lang))] : [];
      return t.unknownIdsIgnored(
        t.unknownIds[notice.key],
        notice.values.length + (notice.more ?? 0),
        [...quoted, ...more],
      );
    }
    case 'unknown-compare':
      return t.unknownCompare(notice.values.join(', '));
    case 'unknown-item':
      return t.unknownItem(notice.value);
    case 'more-ignored':
      return t.moreIgnored(t.groups[notice.group], formatNumber(notice.count, lang));
  }
}
