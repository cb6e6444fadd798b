import { describe, expect, it } from 'vitest';
import { plainText } from './text-parts';
import type { DatasetErrorReason } from '../data/dataset-error';
import { datasetErrorParts } from './dataset-error-text';

describe('datasetErrorParts', () => {
  it.each<[DatasetErrorReason, string, string]>([
    [
      { kind: 'network', offline: true },
      'The dataset could not be reached: this device is offline. Check the connection.',
      'データセットに接続できませんでした。この端末はオフラインです。通信環境をご確認ください。',
    ],
    [
      // Online, the browser's one error may be a redirect loop: the connection is not blamed.
      { kind: 'network', offline: false },
      'The dataset could not be reached: the server did not answer, or answered in a way the browser refused (for example, a redirect loop).',
      'データセットに接続できませんでした。サーバーが応答しなかったか、ブラウザーが受け付けない応答（リダイレクトの繰り返しなど）が返されました。',
    ],
    [
      { kind: 'timeout', seconds: 20 },
      'The server did not send the dataset: the page waited 20 seconds, then gave up.',
      'サーバーからデータセットが届きませんでした。20秒間待ちましたが、読み込みを中止しました。',
    ],
    [
      { kind: 'broken' },
      'The server sent a broken response: the dataset could not be read from it.',
      'サーバーから壊れた応答が届いたため、データセットを読み取れませんでした。',
    ],
    [
      { kind: 'http', status: 404, statusText: 'Not Found' },
      'The dataset was not found on the server (404 Not Found).',
      'データセットがサーバー上に見つかりませんでした（ステータスコード 404）。',
    ],
    [
      { kind: 'http', status: 503, statusText: '' },
      'The server failed to send the dataset (503).',
      'サーバーがデータセットを送信できませんでした（ステータスコード 503）。',
    ],
    [
      { kind: 'http', status: 403, statusText: 'Forbidden' },
      'The server answered 403 Forbidden.',
      'サーバーからステータスコード 403 が返されました。',
    ],
    [
      { kind: 'json' },
      'The dataset is not valid JSON (it may be cut short).',
      'データセットはJSON形式として正しくありません（途中で切れている可能性があります）。',
    ],
    [
      { kind: 'schema', file: 'mine.json' },
      '“mine.json” does not follow the dataset schema.',
      '「mine.json」はデータセットのスキーマに沿っていません。',
    ],
    [
      { kind: 'file', file: 'mine.json', problem: 'unreadable' },
      '“mine.json” could not be read.',
      '「mine.json」を読み込めませんでした。',
    ],
    [
      { kind: 'file', file: 'huge.json', problem: 'too-large', megabytes: 1200, limit: 64 },
      '“huge.json” is 1,200 MB; files up to 64 MB can be opened.',
      '「huge.json」のサイズは1,200メガバイトです。開けるファイルは64メガバイトまでです。',
    ],
  ])('%o', (reason, en, ja) => {
    expect(plainText(datasetErrorParts(reason, 'en'))).toBe(en);
    expect(plainText(datasetErrorParts(reason, 'ja'))).toBe(ja);
  });

  it('keeps the name of a reader’s file apart, as given', () => {
    expect(datasetErrorParts({ kind: 'json', file: 'データ.json' }, 'ja')[1]).toEqual({
      verbatim: 'データ.json',
    });
  });
});
