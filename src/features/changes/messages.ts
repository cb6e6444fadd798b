import { catalog } from '../../i18n/catalog';
import type { ChangeKind, RecordKind } from '../../data/release-diff';

export const MESSAGES = catalog(
  {
    heading: 'What changed',
    intro:
      'Every release of the dataset is kept as it was published. The changes below are computed from the releases themselves, record by record: what each release added, changed (which fields) and removed. The domain and meeting filters apply.',
    feed: 'Follow the releases (Atom feed)',
    domainFeeds: 'Follow one domain (Atom feeds)',
    /** The release the link is pinned to, how many later releases are left out. */
    upTo: (version: string, later: number, formatted: string) =>
      `This link is pinned to release ${version}: the changes up to that release are shown, and ${formatted} later ${later === 1 ? 'release is' : 'releases are'} left out.`,
    showAll: 'Show the changes of every release',
    release: (version: string, date: string) => `Release ${version}, ${date}`,
    against: (previous: string) => `Against release ${previous}:`,
    first: 'The first release kept:',
    counts: (added: number, changed: number, removed: number) =>
      ` ${added} added, ${changed} changed, ${removed} removed.`,
    firstCount: (count: number) => ` ${count} ${count === 1 ? 'record' : 'records'}.`,
    filtered: ' (in the domains and meetings chosen)',
    none: 'No change in the domains and meetings chosen.',
    open: (version: string) => `Open release ${version}`,
    groups: { added: 'Added', changed: 'Changed', removed: 'Removed' } satisfies Record<
      ChangeKind,
      string
    >,
    fields: 'fields: ',
    kinds: {
      commitments: 'Commitment',
      meetings: 'Meeting',
      events: 'Event',
      threads: 'Line of work',
      domains: 'Domain',
      sources: 'Source',
    } satisfies Record<RecordKind, string>,
    loading: 'Loading the releases…',
  },
  {
    heading: '更新履歴',
    intro:
      'データセットの各版は公開時のまま保存しています。以下の変更点は各版のデータそのものから記録ごとに算出したもので、各版で追加・変更（どの項目か）・削除された記録を示します。分野と会合の絞り込みが適用されます。',
    feed: '版の更新を購読する（Atomフィード）',
    domainFeeds: '分野ごとの更新を購読する（Atomフィード）',
    upTo: (version: string, _later: number, formatted: string) =>
      `このリンクは${version}版に固定されています。${version}版までの変更点を表示しています（それ以降の版${formatted}件は表示していません）。`,
    showAll: 'すべての版の変更点を表示する',
    release: (version: string, date: string) => `${version}版（${date}）`,
    against: (previous: string) => `${previous}版との比較：`,
    first: '保存されている最初の版：',
    counts: (added: number, changed: number, removed: number) =>
      `追加${added}件、変更${changed}件、削除${removed}件。`,
    firstCount: (count: number) => `${count}件の記録。`,
    filtered: '（選択した分野と会合について）',
    none: '選択した分野と会合には変更はありません。',
    open: (version: string) => `${version}版を開く`,
    groups: { added: '追加', changed: '変更', removed: '削除' },
    fields: '項目：',
    kinds: {
      commitments: '合意事項',
      meetings: '会合',
      events: '出来事',
      threads: '取り組み',
      domains: '分野',
      sources: '出典',
    },
    loading: '各版を読み込んでいます…',
  },
);
