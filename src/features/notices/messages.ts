import { catalog } from '../../i18n/catalog';
import { verbatim as q, type TextPart } from '../../i18n/text-parts';

export const MESSAGES = catalog(
  {
    heading: 'Part of the link could not be used.',
    /** Follows the heading, as a second sentence. */
    explanation:
      ' The page shows everything else, and the address bar now holds the link to what you see.',
    dismiss: 'Dismiss',
    /** How each key is named in a notice. */
    keys: {
      domains: 'domains',
      meetings: 'meetings',
      type: 'type',
      status: 'status',
      confidence: 'confidence level',
      sort: 'order',
      view: 'view',
      lang: 'language',
    },
    unknownIds: { domains: 'domain', meetings: 'meeting' },
    open: '“',
    close: '”',
    invalidId: (key: string, value: string) => [
      'Ignored “',
      q(value),
      `” in ${key}: not a valid id.`,
    ],
    tooManyIds: (key: string, limit: string) => [`Only the first ${limit} ${key} were used.`],
    unknownValue: (key: string, value: string) => [`Ignored unknown ${key} “`, q(value), '”.'],
    searchCut: (limit: string) => [`The search text was cut to ${limit} characters.`],
    invalidCompare: (value: string) => [
      'Ignored compare “',
      q(value),
      '”: it needs two meeting ids, such as ',
      q('dpc2,dpc3'),
      '.',
    ],
    invalidItem: (value: string) => ['Ignored item “', q(value), '”: not a valid id.'],
    itemOnAbout: (value: string) => [
      'Ignored item “',
      q(value),
      '”: the About page opens no commitment.',
    ],
    invalidEmbed: (value: string) => [
      'Ignored embed “',
      q(value),
      '”: only “',
      q('embed=1'),
      '” is understood.',
    ],
    unknownKey: (value: string) => ['Ignored unknown setting “', q(value), '”.'],
    repeatedKey: (value: string) => ['“', q(value), '” was given twice; the first value was used.'],
    /** `quoted` is the list already quoted with `open` and `close`. */
    unknownIdsIgnored: (what: string, count: number, quoted: TextPart[]) => [
      `Ignored unknown ${what}${count > 1 ? 's' : ''}: `,
      ...quoted,
      '.',
    ],
    listSeparator: ', ',
    unknownCompare: (values: string) => [
      'Ignored the comparison of unknown meetings “',
      q(values),
      '”.',
    ],
    unknownItem: (value: string) => ['The commitment “', q(value), '” is not in this dataset.'],
  },
  {
    heading: 'リンクの一部を反映できませんでした。',
    explanation:
      'それ以外の指定はすべて表示に反映しています。アドレスバーには、いま表示している内容へのリンクを表示しています。',
    dismiss: '閉じる',
    keys: {
      domains: '分野',
      meetings: '会合',
      type: '種類',
      status: '進捗状況',
      confidence: '確度',
      sort: '並び順',
      view: '表示',
      lang: '言語',
    },
    unknownIds: { domains: '分野', meetings: '会合' },
    open: '「',
    close: '」',
    invalidId: (key: string, value: string) => [
      `${key}の指定「`,
      q(value),
      '」は有効な識別子ではないため、無視しました。',
    ],
    tooManyIds: (key: string, limit: string) => [`${key}は最初の${limit}件のみ使用しました。`],
    unknownValue: (key: string, value: string) => [
      `不明な${key}「`,
      q(value),
      '」を無視しました。',
    ],
    searchCut: (limit: string) => [`検索語を${limit}文字に切り詰めました。`],
    invalidCompare: (value: string) => [
      '比較の指定「',
      q(value),
      '」を無視しました。比較には会合の識別子を2つ（例：',
      q('dpc2,dpc3'),
      '）指定してください。',
    ],
    invalidItem: (value: string) => [
      '合意事項の指定「',
      q(value),
      '」は有効な識別子ではないため、無視しました。',
    ],
    itemOnAbout: (value: string) => [
      '「このデータについて」のページでは合意事項を開かないため、「',
      q(value),
      '」の指定を無視しました。',
    ],
    invalidEmbed: (value: string) => [
      '埋め込みの指定「',
      q(value),
      '」を無視しました（有効な指定は「',
      q('embed=1'),
      '」のみです）。',
    ],
    unknownKey: (value: string) => ['不明な設定「', q(value), '」を無視しました。'],
    repeatedKey: (value: string) => [
      '「',
      q(value),
      '」が2回指定されていたため、最初の値を使用しました。',
    ],
    unknownIdsIgnored: (what: string, _count: number, quoted: TextPart[]) => [
      `このデータセットにない${what}`,
      ...quoted,
      'を無視しました。',
    ],
    listSeparator: '',
    unknownCompare: (values: string) => [
      'このデータセットにない会合「',
      q(values),
      '」の比較を無視しました。',
    ],
    unknownItem: (value: string) => ['合意事項「', q(value), '」はこのデータセットにありません。'],
  },
);
