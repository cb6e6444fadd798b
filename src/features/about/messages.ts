import { formatNumber } from '../../i18n/format';
import {
  QUOTE_MAX_CJK_CHARACTERS,
  QUOTE_MAX_WORDS,
  type CommitmentStatus,
  type ConfidenceLevel,
} from '../../data/vocabulary';
import { catalog } from '../../i18n/catalog';
import { CONFIDENCE_LABELS, STATUS_LABELS } from '../../i18n/labels';
import type { SourceGroupId } from './about-data';

const en = (n: number) => formatNumber(n, 'en');
const ja = (n: number) => formatNumber(n, 'ja');
const enCount = (n: number, one: string, many: string) => `${en(n)} ${n === 1 ? one : many}`;

interface Term {
  term: string;
  meaning: string;
}

// Long prose is kept as short paragraphs, one string each, so each reads on its own.
export const MESSAGES = catalog<{
  heading: string;
  intro: string;
  versionHeading: string;
  dataset: string;
  version: string;
  lastUpdated: string;
  licence: string;
  licenceName: string;
  licenceUrl: string;
  /** Around an abbreviation or a date that follows a name. */
  parentheses: [open: string, close: string];
  contents: string;
  contentsValue: (
    commitments: number,
    meetings: number,
    threads: number,
    sources: number,
  ) => string;
  originHeading: string;
  origin: string[];
  confidenceHeading: string;
  confidenceIntro: string;
  levels: Record<ConfidenceLevel, Term>;
  inThisDataset: (n: number) => string;
  hiddenByDefault: string;
  modelHeading: string;
  meetingsHeading: string;
  meetings: string;
  meetingsCount: (held: number, planned: number) => string;
  threadsHeading: string;
  threads: string;
  threadsCount: (n: number) => string;
  statusesHeading: string;
  statusesIntro: string;
  /** Between a term and its meaning. */
  colon: string;
  statuses: Record<CommitmentStatus, Term>;
  sourcesHeading: (n: number) => string;
  sourcesIntro: string;
  groupHeading: (group: string, n: number) => string;
  groups: Record<SourceGroupId, Term>;
  citedBy: (n: number) => string;
  noAddress: string;
  articleCorrectionsHeading: string;
  articleCorrectionsIntro: string;
  noArticleCorrections: string;
  claim: string;
  claimedIn: string;
  /** Between a source and its publisher. */
  publishedBy: string;
  finding: string;
  evidence: string;
  correctionsHeading: string;
  correctionsIntro: string;
  /** The words before and after the permalink's parameter, which is shown as code. */
  correctionsPermalink: [before: string, after: string];
  correctionsWhat: [source: string, quote: string];
  correctionsTo: string;
  noContact: string;
}>(
  {
    heading: 'About the data',
    intro:
      'This page describes the dataset on screen: where it comes from, how sure each claim is, how it is organised, and how to report a correction.',
    versionHeading: 'Version and licence',
    dataset: 'Dataset',
    version: 'Version',
    lastUpdated: 'Last updated',
    licence: 'Licence',
    licenceName: 'Creative Commons Attribution 4.0 International',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
    parentheses: [' (', ')'],
    contents: 'Contents',
    contentsValue: (commitments, meetings, threads, sources) =>
      [
        enCount(commitments, 'commitment', 'commitments'),
        enCount(meetings, 'meeting', 'meetings'),
        enCount(threads, 'thread', 'threads'),
        enCount(sources, 'source', 'sources'),
      ].join(', '),
    originHeading: 'Where the data comes from',
    origin: [
      `Every commitment rests on evidence: a source and a short verbatim quote from it, of at most ${QUOTE_MAX_WORDS} words (${QUOTE_MAX_CJK_CHARACTERS} characters in Japanese), where “…” marks an omission. A quote in another language carries an English translation made for this dataset.`,
      'Official sources come first: the releases and documents of the EU institutions and of the Government of Japan, such as the European Commission, the Digital Agency, the Ministry of Internal Affairs and Communications (MIC), the Ministry of Economy, Trade and Industry (METI) and the Ministry of Foreign Affairs (MOFA). An official text republished on another site that names its origin counts as official too.',
      'News reports are cited where no official text was found, and a claim they alone support is marked as reported.',
      'Seed articles (the news articles the research started from) and commentary serve only as leads: a claim that rests on them alone is kept, but marked unverified or disputed, with the reason.',
    ],
    confidenceHeading: 'How sure each claim is',
    confidenceIntro: 'Each commitment has one of four confidence levels.',
    levels: {
      official: {
        term: CONFIDENCE_LABELS.en.official,
        meaning:
          'An official source supports it, or an official text republished elsewhere. The dataset is refused if an official commitment cites no such source.',
      },
      reported: {
        term: CONFIDENCE_LABELS.en.reported,
        meaning: 'Only news reports support it: no official text was found.',
      },
      unverified: {
        term: CONFIDENCE_LABELS.en.unverified,
        meaning:
          'Only a seed article or a commentary says so. A note gives the reason it could not be confirmed.',
      },
      disputed: {
        term: CONFIDENCE_LABELS.en.disputed,
        meaning:
          'An official source contradicts it. The contradicting quote is shown, with a note on what the sources disagree about.',
      },
    },
    inThisDataset: (n) => `${enCount(n, 'commitment', 'commitments')} in this dataset`,
    hiddenByDefault:
      'Unverified and disputed claims are hidden by default, so that a first look shows only what sources support. The filters can show them, and the link to the view then includes them.',
    modelHeading: 'How the data is organised',
    meetingsHeading: 'Meetings',
    meetings:
      'A meeting is a summit or a Digital Partnership Council, held or planned; a planned meeting has no date until one is announced. Each commitment belongs to one meeting, and has a date of its own only where it differs from the meeting’s, such as a document signed the next day.',
    meetingsCount: (held, planned) =>
      `This dataset: ${enCount(held, 'meeting', 'meetings')} held, ${en(planned)} planned.`,
    threadsHeading: 'Threads',
    threads:
      'A thread follows one line of work across meetings, for example from a memorandum to the expert group it set up and the joint research that followed. A commitment’s detail shows its thread; comparing two meetings shows, thread by thread, what is new, what advanced, what continued and what was not mentioned again.',
    threadsCount: (n) => `This dataset: ${enCount(n, 'thread', 'threads')}.`,
    statusesHeading: 'Statuses',
    statusesIntro:
      'A commitment’s status says how far the sources show it has gone, in this order:',
    colon: ': ',
    statuses: {
      planned: { term: STATUS_LABELS.en.planned, meaning: 'said to be planned, not yet announced' },
      announced: { term: STATUS_LABELS.en.announced, meaning: 'announced, or named as an aim' },
      signed: {
        term: STATUS_LABELS.en.signed,
        meaning: 'a document was signed: a memorandum, a letter of intent, an agreement',
      },
      'in-progress': {
        term: STATUS_LABELS.en['in-progress'],
        meaning: 'work is under way: a dialogue continues, a group meets, research has started',
      },
      delivered: {
        term: STATUS_LABELS.en.delivered,
        meaning: 'the result exists: a statement issued, a call launched, a review completed',
      },
      stalled: {
        term: STATUS_LABELS.en.stalled,
        meaning: 'the sources show work halted or put off',
      },
      superseded: {
        term: STATUS_LABELS.en.superseded,
        meaning: 'replaced by a later commitment on the same line of work',
      },
      'no-evidence-since': {
        term: STATUS_LABELS.en['no-evidence-since'],
        meaning:
          'a dated search of the sources found nothing newer; this is not the same as not started',
      },
    },
    sourcesHeading: (n) => `Sources (${en(n)})`,
    sourcesIntro:
      'Every source the dataset cites, with its publisher, its kind, its date where it states one, and how many commitments cite it.',
    groupHeading: (group, n) => `${group} (${en(n)})`,
    groups: {
      official: {
        term: 'Official sources',
        meaning:
          'Texts of the EU institutions and of the Government of Japan, and official texts republished elsewhere.',
      },
      news: { term: 'News reports', meaning: 'Cited where no official text was found.' },
      leads: {
        term: 'Leads only: seed articles and commentary',
        meaning: 'Nothing rests on these alone without being marked unverified or disputed.',
      },
    },
    citedBy: (n) =>
      n === 0 ? 'not cited by a commitment' : `cited by ${enCount(n, 'commitment', 'commitments')}`,
    noAddress: 'no web address recorded',
    articleCorrectionsHeading: 'Corrections to the articles the research started from',
    articleCorrectionsIntro:
      'Where a seed article or a news report says something the official sources contradict or do not bear out, the dataset records what the article says, what the official sources say, and the quotes that show it.',
    noArticleCorrections: 'This dataset records no corrections to the articles it started from.',
    claim: 'The article says',
    claimedIn: 'Article',
    publishedBy: ' — ',
    finding: 'The official sources say',
    evidence: 'Evidence',
    correctionsHeading: 'Report a correction',
    correctionsIntro: 'If a commitment is wrong, incomplete or missing, please send:',
    correctionsPermalink: [
      'the commitment’s permalink, the address ending in ',
      ' and its id (open the commitment to find it);',
    ],
    correctionsWhat: [
      'the source that shows the correct fact, with its address;',
      'the exact words of that source.',
    ],
    correctionsTo: 'Send corrections to',
    noContact:
      'This dataset names no address for corrections. Please send them to the publisher of this site, for example through the repository it is published from.',
  },
  {
    heading: 'データについて',
    intro:
      'このページでは、表示しているデータセットについて、出典、各記載の確度、データの構成及び訂正の連絡方法を説明します。',
    versionHeading: 'バージョンとライセンス',
    dataset: 'データセット',
    version: 'バージョン',
    lastUpdated: '最終更新日',
    licence: 'ライセンス',
    licenceName: 'クリエイティブ・コモンズ 表示 4.0 国際',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/deed.ja',
    parentheses: ['（', '）'],
    contents: '収録内容',
    contentsValue: (commitments, meetings, threads, sources) =>
      `合意事項${ja(commitments)}件、会合${ja(meetings)}件、取組${ja(threads)}件、出典${ja(sources)}件`,
    originHeading: 'データの出典',
    origin: [
      `各合意事項には根拠として、出典とその原文からの短い引用（${QUOTE_MAX_WORDS}語以内、日本語は${QUOTE_MAX_CJK_CHARACTERS}字以内。「…」は省略箇所）を付しています。英語以外の引用には、本データセットのために作成した英訳を付しています。`,
      '出典は公式のものを優先しています。EUの機関及び日本政府の発表・文書で、例えば欧州委員会、デジタル庁、総務省、経済産業省及び外務省のものです。公式の文書を出所を明記して他のサイトに転載したものも、公式の出典として扱います。',
      '報道は、公式の文書が見つからなかった場合に引用しており、報道のみを根拠とする記載は「報道による」と表示しています。',
      'シード記事（調査の出発点となったニュース記事）及び論評は、手がかりとしてのみ用いています。これらのみを根拠とする記載は削除せず、「未確認」又は「疑義あり」として理由を付して掲載しています。',
    ],
    confidenceHeading: '各記載の確度',
    confidenceIntro: '各合意事項には、次の4段階のいずれかの確度を付しています。',
    levels: {
      official: {
        term: CONFIDENCE_LABELS.ja.official,
        meaning:
          '公式の出典又はその転載が裏付けています。公式の出典を引用していない合意事項を「公式」とするデータセットは読み込めません。',
      },
      reported: {
        term: CONFIDENCE_LABELS.ja.reported,
        meaning: '報道のみが裏付けています。公式の文書は見つかっていません。',
      },
      unverified: {
        term: CONFIDENCE_LABELS.ja.unverified,
        meaning: 'シード記事又は論評のみが述べています。確認できなかった理由を注記しています。',
      },
      disputed: {
        term: CONFIDENCE_LABELS.ja.disputed,
        meaning:
          '公式の出典がこれと矛盾しています。矛盾する引用を示し、出典間の相違点を注記しています。',
      },
    },
    inThisDataset: (n) => `本データセットでは${ja(n)}件`,
    hiddenByDefault:
      '「未確認」及び「疑義あり」の記載は、出典の裏付けがあるものだけを最初に示すため、初期状態では表示していません。フィルターで表示でき、その場合は表示のリンクにも設定が含まれます。',
    modelHeading: 'データの構成',
    meetingsHeading: '会合',
    meetings:
      '会合とは、首脳協議又は日EUデジタルパートナーシップ閣僚級会合で、開催済みのものと予定のものがあります。予定の会合には、日程が発表されるまで日付を記載していません。各合意事項はいずれか一つの会合に属し、翌日に署名された文書のように会合と日付が異なる場合に限り、合意事項自体の日付を記載しています。',
    meetingsCount: (held, planned) =>
      `本データセット：開催済み${ja(held)}件、予定${ja(planned)}件。`,
    threadsHeading: '取組',
    threads:
      '取組とは、会合をまたいで続く一連の合意事項です。例えば、協力覚書から、それに基づく専門家グループ、さらに共同研究へと続くものです。合意事項の詳細にはその取組が表示され、二つの会合を比較すると、取組ごとに新規・進展・継続・言及なしが分かります。',
    threadsCount: (n) => `本データセット：${ja(n)}件。`,
    statusesHeading: '状況',
    statusesIntro: '各合意事項の状況は、出典から確認できる進み具合を示し、次の順に進みます。',
    colon: '：',
    statuses: {
      planned: {
        term: STATUS_LABELS.ja.planned,
        meaning: '予定とされているが、まだ発表されていない',
      },
      announced: {
        term: STATUS_LABELS.ja.announced,
        meaning: '発表された、又は目標として示された',
      },
      signed: {
        term: STATUS_LABELS.ja.signed,
        meaning: '協力覚書、意図表明文書、協定などの文書が署名された',
      },
      'in-progress': {
        term: STATUS_LABELS.ja['in-progress'],
        meaning: '対話の継続、会合の開催、研究の開始など、作業が進められている',
      },
      delivered: {
        term: STATUS_LABELS.ja.delivered,
        meaning: '声明の発出、公募の開始、レビューの完了など、成果が出ている',
      },
      stalled: {
        term: STATUS_LABELS.ja.stalled,
        meaning: '作業が止まった、又は先送りされたことが出典から分かる',
      },
      superseded: {
        term: STATUS_LABELS.ja.superseded,
        meaning: '同じ取組の後の合意事項に置き換えられた',
      },
      'no-evidence-since': {
        term: STATUS_LABELS.ja['no-evidence-since'],
        meaning:
          '日付を記した出典調査でそれ以降の記録が見つからなかった（未着手という意味ではない）',
      },
    },
    sourcesHeading: (n) => `出典一覧（${ja(n)}件）`,
    sourcesIntro:
      '本データセットが引用する全ての出典です。発行元、種類、日付（記載がある場合）及び引用している合意事項の件数を示します。',
    groupHeading: (group, n) => `${group}（${ja(n)}件）`,
    groups: {
      official: {
        term: '公式の出典',
        meaning: 'EUの機関及び日本政府の文書並びに公式の文書の転載です。',
      },
      news: { term: '報道', meaning: '公式の文書が見つからなかった場合に引用しています。' },
      leads: {
        term: '手がかりとしてのみ使用：シード記事及び論評',
        meaning: 'これらのみを根拠とする記載は、「未確認」又は「疑義あり」としています。',
      },
    },
    citedBy: (n) => (n === 0 ? '合意事項での引用なし' : `${ja(n)}件の合意事項が引用`),
    noAddress: 'URLの記録なし',
    articleCorrectionsHeading: '調査の出発点とした記事の訂正',
    articleCorrectionsIntro:
      'シード記事又は報道の記述が、公式の出典と矛盾する場合又は公式の出典により裏付けられない場合には、当該記述、公式の出典の内容及びこれを示す引用を記録しています。',
    noArticleCorrections:
      'このデータセットには、調査の出発点とした記事の訂正は記録されていません。',
    claim: '記事の記述',
    claimedIn: '記事',
    publishedBy: ' — ',
    finding: '公式の出典の内容',
    evidence: '根拠',
    correctionsHeading: '訂正の連絡',
    correctionsIntro: '合意事項の記載に誤り、不足又は漏れがある場合は、次の情報をお送りください。',
    correctionsPermalink: [
      '該当する合意事項の固定リンク（',
      ' と合意事項のIDで終わるアドレス。合意事項を開くと表示されます）',
    ],
    correctionsWhat: ['正しい事実を示す出典とそのアドレス', 'その出典の該当箇所の原文'],
    correctionsTo: '訂正の連絡先',
    noContact:
      'このデータセットには訂正の連絡先が記載されていません。このサイトの公開者に、公開に用いているリポジトリなどを通じてお送りください。',
  },
);
