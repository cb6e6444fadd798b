import { catalog } from '../../i18n/catalog';

export const MESSAGES = catalog(
  {
    heading: 'Export and cite',
    matching: (count: string, one: boolean) =>
      `${count} ${one ? 'commitment matches' : 'commitments match'} the current filters.`,
    matchingCompared: (count: string, one: boolean) =>
      `${count} ${one ? 'commitment' : 'commitments'} of the two compared meetings ${one ? 'matches' : 'match'} the current filters.`,
    whatFilesHold:
      'The JSON file and the CSV’s metadata file also record the filters, the dataset version and licence, the date and the address of this view.',
    sentences: (first: string, second: string) => `${first} ${second}`,
    nothingToExport: 'No commitment matches these filters: there is nothing to export.',
    downloadCsv: 'Download CSV',
    downloadCsvMetadata: 'Download CSV metadata',
    downloadJson: 'Download JSON',
    downloadsLabel: 'Download the commitments',
    preparing: 'Preparing the file…',
    downloaded: (fileName: string) => `Downloaded ${fileName}.`,
    fileFailed: 'The file could not be made. Please try again.',
    citeHeading: 'Cite this view',
    copyCitation: 'Copy citation',
    citationCopied: 'Citation copied.',
    copyBibtex: 'Copy BibTeX',
    bibtexCopied: 'BibTeX copied.',
    copyRis: 'Copy RIS',
    risCopied: 'RIS copied.',
    copyCslJson: 'Copy CSL-JSON',
    cslJsonCopied: 'CSL-JSON copied.',
    downloadSvg: 'Download SVG',
    downloadPng: 'Download PNG',
    ofChart: (title: string) => `: ${title}`,
    chartDownloadsLabel: (title: string) => `Download the chart “${title}”`,
    chartNotDrawn: 'The chart is not drawn yet: scroll to it and try again.',
    imageFailed: 'The image could not be made. Please try again.',
    source: (dataset: string, version: string, url: string) =>
      `Source: ${dataset}, dataset v${version}, ${url}`,
  },
  {
    heading: 'エクスポートと引用',
    matching: (count: string) => `現在の絞り込み条件に該当する合意事項は${count}件です。`,
    matchingCompared: (count: string) =>
      `比較する2つの会合のうち、現在の絞り込み条件に該当する合意事項は${count}件です。`,
    whatFilesHold:
      'JSONファイルとCSVのメタデータファイルには、絞り込み条件、データセットの版とライセンス、出力日、この表示のURLも記録されます。',
    sentences: (first: string, second: string) => `${first}${second}`,
    nothingToExport: '絞り込み条件に該当する合意事項がないため、エクスポートできません。',
    downloadCsv: 'CSVをダウンロード',
    downloadCsvMetadata: 'CSVのメタデータをダウンロード',
    downloadJson: 'JSONをダウンロード',
    downloadsLabel: '合意事項のダウンロード',
    preparing: 'ファイルを作成しています…',
    downloaded: (fileName: string) => `${fileName} をダウンロードしました。`,
    fileFailed: 'ファイルを作成できませんでした。もう一度お試しください。',
    citeHeading: 'この表示を引用する',
    copyCitation: '引用文をコピー',
    citationCopied: '引用文をコピーしました。',
    copyBibtex: 'BibTeXをコピー',
    bibtexCopied: 'BibTeXをコピーしました。',
    copyRis: 'RISをコピー',
    risCopied: 'RISをコピーしました。',
    copyCslJson: 'CSL-JSONをコピー',
    cslJsonCopied: 'CSL-JSONをコピーしました。',
    downloadSvg: 'SVGをダウンロード',
    downloadPng: 'PNGをダウンロード',
    ofChart: (title: string) => `(${title})`,
    chartDownloadsLabel: (title: string) => `グラフ「${title}」のダウンロード`,
    chartNotDrawn:
      'グラフがまだ描画されていません。グラフまでスクロールしてから、もう一度お試しください。',
    imageFailed: '画像を作成できませんでした。もう一度お試しください。',
    source: (dataset: string, version: string, url: string) =>
      `出典：${dataset}、データセット バージョン${version}、${url}`,
  },
);

/** How a view is cited: a short citation and the notes of a BibTeX entry. */
export const CITATION = catalog(
  {
    citation: (p: CitationParts) =>
      `${p.dataset}, dataset v${p.version} (updated ${p.updated}): “${p.title}”. ${p.url} (accessed ${p.accessed}). Licence: ${p.licence}.`,
    note: (p: Pick<CitationParts, 'version' | 'updated' | 'licence'>) =>
      `Dataset version ${p.version}, updated ${p.updated}. Licence: ${p.licence}`,
  },
  {
    citation: (p: CitationParts) =>
      `${p.dataset}「${p.title}」データセット バージョン${p.version}（${p.updated}更新）、${p.url} （${p.accessed}閲覧）、ライセンス：${p.licence}`,
    note: (p: Pick<CitationParts, 'version' | 'updated' | 'licence'>) =>
      `データセット バージョン${p.version}（${p.updated}更新）、ライセンス：${p.licence}`,
  },
);

export interface CitationParts {
  dataset: string;
  version: string;
  /** Dates as the reader reads them (formatDate). */
  updated: string;
  title: string;
  url: string;
  accessed: string;
  licence: string;
}
