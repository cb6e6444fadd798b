import { catalog } from './catalog';
import { verbatim, type TextPart } from './text-parts';
import type { DatasetErrorReason } from '../data/dataset-error';
import { formatNumber } from './format';
import type { Language } from '../data/vocabulary';

const MESSAGES = catalog(
  {
    offline: 'The dataset could not be reached: this device is offline. Check the connection.',
    unreachable:
      'The dataset could not be reached: the server did not answer, or answered in a way the browser refused (for example, a redirect loop).',
    timeout: (seconds: string) =>
      `The server did not send the dataset: the page waited ${seconds} seconds, then gave up.`,
    broken: 'The server sent a broken response: the dataset could not be read from it.',
    notFound: (status: number, statusText: string) =>
      `The dataset was not found on the server (${answer(status, statusText)}).`,
    serverFailed: (status: number, statusText: string) =>
      `The server failed to send the dataset (${answer(status, statusText)}).`,
    otherStatus: (status: number, statusText: string) =>
      `The server answered ${answer(status, statusText)}.`,
    bundled: 'The dataset',
    /** The reader's file, named in quotes. */
    file: (name: string): TextPart[] => ['“', verbatim(name), '”'],
    notJson: (what: TextPart[]): TextPart[] => [
      ...what,
      ' is not valid JSON (it may be cut short).',
    ],
    notSchema: (what: TextPart[]): TextPart[] => [...what, ' does not follow the dataset schema.'],
    unreadable: (what: TextPart[]): TextPart[] => [...what, ' could not be read.'],
    tooLarge: (what: TextPart[], megabytes: string, limit: string): TextPart[] => [
      ...what,
      ` is ${megabytes} MB; files up to ${limit} MB can be opened.`,
    ],
  },
  {
    offline:
      'データセットに接続できませんでした。この端末はオフラインです。通信環境をご確認ください。',
    unreachable:
      'データセットに接続できませんでした。サーバーが応答しなかったか、ブラウザーが受け付けない応答（リダイレクトの繰り返しなど）が返されました。',
    timeout: (seconds: string) =>
      `サーバーからデータセットが届きませんでした。${seconds}秒間待ちましたが、読み込みを中止しました。`,
    broken: 'サーバーから壊れた応答が届いたため、データセットを読み取れませんでした。',
    // The server's status text is in its own language: only the code is given.
    notFound: (status: number) =>
      `データセットがサーバー上に見つかりませんでした（ステータスコード ${status}）。`,
    serverFailed: (status: number) =>
      `サーバーがデータセットを送信できませんでした（ステータスコード ${status}）。`,
    otherStatus: (status: number) => `サーバーからステータスコード ${status} が返されました。`,
    bundled: 'データセット',
    file: (name: string): TextPart[] => ['「', verbatim(name), '」'],
    notJson: (what: TextPart[]): TextPart[] => [
      ...what,
      'はJSON形式として正しくありません（途中で切れている可能性があります）。',
    ],
    notSchema: (what: TextPart[]): TextPart[] => [
      ...what,
      'はデータセットのスキーマに沿っていません。',
    ],
    unreadable: (what: TextPart[]): TextPart[] => [...what, 'を読み込めませんでした。'],
    tooLarge: (what: TextPart[], megabytes: string, limit: string): TextPart[] => [
      ...what,
      `のサイズは${megabytes}メガバイトです。開けるファイルは${limit}メガバイトまでです。`,
    ],
  },
);

function answer(status: number, statusText: string): string {
  return `${status}${statusText ? ` ${statusText}` : ''}`;
}

/** What went wrong, in the reader's language; a file name is kept apart as quoted text. */
export function datasetErrorParts(reason: DatasetErrorReason, lang: Language): TextPart[] {
  const t = MESSAGES[lang];
  switch (reason.kind) {
    case 'network':
      return [reason.offline ? t.offline : t.unreachable];
    case 'broken':
      return [t.broken];
    case 'timeout':
      return [t.timeout(formatNumber(reason.seconds, lang))];
    case 'http': {
      const say =
        reason.status === 404 ? t.notFound : reason.status >= 500 ? t.serverFailed : t.otherStatus;
      return [say(reason.status, reason.statusText)];
    }
    case 'json':
    case 'schema': {
      const what = reason.file === undefined ? [t.bundled] : t.file(reason.file);
      return reason.kind === 'json' ? t.notJson(what) : t.notSchema(what);
    }
    case 'file':
      return reason.problem === 'unreadable'
        ? t.unreadable(t.file(reason.file))
        : t.tooLarge(
            t.file(reason.file),
            formatNumber(reason.megabytes, lang),
            formatNumber(reason.limit, lang),
          );
  }
}
