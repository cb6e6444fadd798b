// Writes a schema-valid dataset of any size, the same for the same arguments, for testing the app
// at scale: `npx tsx scripts/generate-dataset.ts 50000 > big.json`.
import type { Dataset } from '../src/data/schema';

const DOMAINS = [
  ['semiconductors', 'Semiconductors', '半導体', '#332288'],
  ['ai', 'Artificial intelligence', '人工知能', '#CC6677'],
  ['quantum', 'Quantum', '量子', '#AA4499'],
  ['hpc', 'High-performance computing', '高性能計算', '#882255'],
  ['6g', '5G, Beyond 5G and 6G', '5G・6G', '#88CCEE'],
  ['cables', 'Undersea cables', '海底ケーブル', '#44AA99'],
  ['cybersecurity', 'Cybersecurity', 'サイバーセキュリティ', '#117733'],
  ['digital-identity', 'Digital identity', 'デジタルアイデンティティ', '#DDCC77'],
  ['data', 'Data governance', 'データガバナンス', '#4477AA'],
  ['platforms', 'Online platforms', 'オンラインプラットフォーム', '#999933'],
  ['research', 'Science and research', '科学技術', '#777777'],
] as const;

const TYPES = ['memorandum', 'dialogue', 'joint-research', 'statement', 'working-group'] as const;
const STATUSES = ['planned', 'announced', 'signed', 'in-progress', 'delivered'] as const;
const CONFIDENCE = [
  'official',
  'official',
  'official',
  'reported',
  'unverified',
  'disputed',
] as const;
const WORDS = [
  'supply',
  'chain',
  'research',
  'cable',
  'network',
  'trust',
  'data',
  'quantum',
  'chips',
  'security',
  'standards',
  'talent',
];

/** A small deterministic generator (mulberry32), so the same seed gives the same file. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateDataset(commitmentCount: number, seed = 1): Dataset {
  const next = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const meetingCount = Math.max(2, Math.min(40, Math.ceil(commitmentCount / 250)));
  const meetings = Array.from({ length: meetingCount }, (_, i) => {
    const year = 2000 + Math.floor(i / 2);
    const date = `${year}-${i % 2 === 0 ? '04' : '10'}-1${i % 9}`;
    return {
      id: `council-${i + 1}`,
      kind: 'council' as const,
      number: i + 1,
      status: 'held' as const,
      title: { en: `Council ${i + 1}`, ja: `第${i + 1}回会合` },
      date,
      year,
      city: i % 2 === 0 ? { en: 'Tokyo', ja: '東京' } : { en: 'Brussels', ja: 'ブリュッセル' },
      participants: [],
      summary: `Generated meeting ${i + 1}.`,
      sources: ['generated-official'],
      confidence: 'official' as const,
    };
  });
  const threadCount = Math.max(5, Math.ceil(commitmentCount / 20));
  const threads = Array.from({ length: threadCount }, (_, i) => ({
    id: `thread-${i + 1}`,
    title: { en: `Line of work ${i + 1}`, ja: `取組 ${i + 1}` },
    description: `Generated thread ${i + 1}.`,
  }));
  const commitments = Array.from({ length: commitmentCount }, (_, i) => {
    const confidence = pick(CONFIDENCE);
    const words = Array.from({ length: 3 }, () => pick(WORDS)).join(' ');
    const domainCount = next() < 0.2 ? 2 : 1;
    const domains = [...new Set(Array.from({ length: domainCount }, () => pick(DOMAINS)[0]))];
    const doubtful = confidence === 'unverified' || confidence === 'disputed';
    const meeting = pick(meetings);
    const status = pick(STATUSES);
    const evidence = [
      {
        source: confidence === 'official' ? 'generated-official' : 'generated-news',
        quote: `cooperate on ${words}`,
      },
    ];
    const progress = doubtful
      ? { claims: status }
      : {
          steps: [
            {
              date: meeting.date,
              status,
              confidence: confidence === 'official' ? ('official' as const) : ('reported' as const),
              evidence,
            },
          ],
        };
    return {
      id: `commitment-${i + 1}`,
      meeting: meeting.id,
      domains,
      type: pick(TYPES),
      checked: '2026-01-01',
      ...progress,
      title: { en: `Commitment ${i + 1} on ${words}`, ja: `約束${i + 1}` },
      summary: `About ${words}.`,
      thread: pick(threads).id,
      evidence: [
        {
          source: confidence === 'official' ? 'generated-official' : 'generated-news',
          quote: `cooperate on ${words}`,
        },
      ],
      confidence,
      ...(doubtful ? { confidenceNote: 'Generated for testing.' } : {}),
    };
  });
  return {
    meta: {
      title: { en: `Generated dataset of ${commitmentCount} commitments`, ja: '生成データ' },
      version: '2.0.0',
      lastUpdated: '2026-01-01',
      licence: 'CC-BY-4.0',
      languages: ['en', 'ja'],
    },
    domains: DOMAINS.map(([id, en, ja, color]) => ({
      id,
      label: { en, ja },
      description: { en, ja },
      color,
    })),
    meetings,
    threads,
    sources: [
      {
        id: 'generated-official',
        title: 'Generated official source',
        publisher: 'Generator',
        url: 'https://example.org/official',
        kind: 'official',
        language: 'en',
      },
      {
        id: 'generated-news',
        title: 'Generated news source',
        publisher: 'Generator',
        url: 'https://example.org/news',
        kind: 'news',
        language: 'en',
      },
    ],
    events: [],
    commitments,
  };
}

if (process.argv[1]?.endsWith('generate-dataset.ts')) {
  const count = Number(process.argv[2] ?? 1000);
  const seed = Number(process.argv[3] ?? 1);
  process.stdout.write(JSON.stringify(generateDataset(count, seed)));
}
