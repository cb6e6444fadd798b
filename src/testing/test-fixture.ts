import type { CommitmentFilter } from '../data/filter-commitments';
import { parseDataset } from '../data/parse-dataset';
import type { Dataset } from '../data/schema';

/** A small, valid dataset for tests: two held Councils, one planned, three commitments. */
export const fixtureDataset: Dataset = {
  meta: {
    title: { en: 'Fixture tracker', ja: 'テスト用トラッカー' },
    version: '2.0.1',
    lastUpdated: '2026-01-15',
    licence: 'CC-BY-4.0',
    languages: ['en', 'ja'],
  },
  domains: [
    {
      id: 'semiconductors',
      label: { en: 'Semiconductors', ja: '半導体' },
      description: { en: 'Chips.', ja: '半導体。' },
      color: '#332288',
    },
    {
      id: 'ai',
      label: { en: 'Artificial intelligence', ja: '人工知能' },
      description: { en: 'AI.', ja: 'AI。' },
      color: '#CC6677',
    },
  ],
  meetings: [
    {
      id: 'dpc2',
      kind: 'council',
      number: 2,
      status: 'held',
      title: { en: '2nd Council', ja: '第2回会合' },
      date: '2024-04-30',
      year: 2024,
      city: { en: 'Brussels', ja: 'ブリュッセル' },
      participants: [
        {
          name: { en: 'Ishii Taku', ja: '石井拓' },
          role: { en: 'Parliamentary Vice-Minister', ja: '大臣政務官' },
          side: 'japan',
          remote: true,
        },
      ],
      summary: 'Second meeting.',
      sources: ['official-release'],
      confidence: 'official',
    },
    {
      id: 'dpc4',
      kind: 'council',
      number: 4,
      status: 'planned',
      title: { en: '4th Council', ja: '第4回会合' },
      year: 2026,
      city: { en: 'Brussels', ja: 'ブリュッセル' },
      participants: [],
      summary: 'Planned.',
      sources: ['official-release'],
      confidence: 'official',
    },
    {
      id: 'dpc1',
      kind: 'council',
      number: 1,
      status: 'held',
      title: { en: '1st Council', ja: '第1回会合' },
      date: '2023-07-03',
      year: 2023,
      city: { en: 'Tokyo', ja: '東京' },
      participants: [],
      summary: 'First meeting.',
      sources: ['official-release'],
      confidence: 'official',
    },
  ],
  threads: [
    { id: 'chips', title: { en: 'Chips', ja: '半導体' }, description: 'Chip work.' },
    { id: 'ai-rules', title: { en: 'AI rules', ja: 'AIルール' }, description: 'AI work.' },
  ],
  sources: [
    {
      id: 'official-release',
      title: 'Official release',
      publisher: 'Ministry',
      date: '2024-04-30',
      url: 'https://example.go.jp/release',
      kind: 'official',
      language: 'en',
    },
    {
      id: 'news-report',
      title: 'News report',
      publisher: 'Newspaper',
      url: 'https://news.example.com/report',
      kind: 'news',
      language: 'en',
    },
    {
      id: 'commentary',
      title: 'An opinion',
      publisher: 'Blog',
      kind: 'commentary',
      language: 'en',
    },
  ],
  events: [
    {
      id: 'chip-call',
      kind: 'call-for-proposals',
      title: { en: 'Joint chip call', ja: '半導体共同公募' },
      date: '2025-01-10',
      endDate: '2025-03-10',
      domains: ['semiconductors'],
      threads: ['chips'],
      summary: 'A joint call opened.',
      evidence: [{ source: 'official-release', quote: 'a joint call opened' }],
      confidence: 'official',
    },
  ],
  commitments: [
    {
      id: 'chip-memorandum',
      meeting: 'dpc1',
      date: '2023-07-04',
      domains: ['semiconductors'],
      type: 'memorandum',
      title: { en: 'Chip memorandum signed', ja: '半導体覚書に署名' },
      summary: 'Signed the day after the Council.',
      thread: 'chips',
      evidence: [{ source: 'official-release', quote: 'signed a memorandum on semiconductors' }],
      confidence: 'official',
      checked: '2026-01-15',
      steps: [
        {
          date: '2023-07-04',
          status: 'signed',
          confidence: 'official',
          evidence: [
            { source: 'official-release', quote: 'signed a memorandum on semiconductors' },
          ],
        },
        {
          date: '2025-01-10',
          status: 'in-progress',
          confidence: 'official',
          evidence: [{ source: 'official-release', quote: 'a joint call opened' }],
          event: 'chip-call',
        },
      ],
    },
    {
      id: 'ai-talks',
      meeting: 'dpc2',
      domains: ['ai', 'semiconductors'],
      type: 'dialogue',
      title: { en: 'Talks on AI rules', ja: 'AIルールの協議' },
      summary: 'Regular talks.',
      thread: 'ai-rules',
      evidence: [{ source: 'news-report', quote: 'regular talks on AI rules' }],
      confidence: 'reported',
      checked: '2026-01-15',
      steps: [
        {
          date: '2024-04-30',
          status: 'announced',
          confidence: 'reported',
          evidence: [{ source: 'news-report', quote: 'regular talks on AI rules' }],
        },
      ],
    },
    {
      id: 'chip-team-claim',
      meeting: 'dpc2',
      domains: ['semiconductors'],
      type: 'expert-group',
      claims: 'delivered',
      checked: '2026-01-15',
      title: { en: 'Claim: team assembled', ja: '主張:チーム発足' },
      summary: 'A claim.',
      thread: 'chips',
      evidence: [
        { source: 'commentary', quote: 'a team has been assembled' },
        { source: 'official-release', quote: 'decided to set up a team', stance: 'contradicts' },
      ],
      confidence: 'disputed',
      confidenceNote: 'The official release says the team is still to be set up.',
    },
  ],
};

/** The problems the schema reports once `breakIt` has changed a copy of the fixture. */
export function problemsAfter(breakIt: (data: Dataset) => void) {
  const data = cloneFixture();
  breakIt(data);
  const result = parseDataset(data);
  return result.ok ? [] : result.problems;
}

/** A deep copy, for tests that break one field at a time. */
export function cloneFixture(): Dataset {
  return structuredClone(fixtureDataset);
}

/** A filter that keeps everything, unverified and disputed claims included. */
export const SHOW_EVERYTHING: CommitmentFilter = {
  domains: [],
  meetings: [],
  types: [],
  statuses: [],
  confidence: ['official', 'reported', 'unverified', 'disputed'],
  q: '',
};
