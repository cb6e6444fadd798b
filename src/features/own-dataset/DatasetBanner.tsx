interface DatasetBannerProps {
  fileName: string;
  commitments: number | undefined;
  onBack: () => void;
}

/** Always says when the page shows the reader's own file rather than the bundled dataset. */
export function DatasetBanner({ fileName, commitments, onBack }: DatasetBannerProps) {
  return (
    <div className="dataset-banner" role="status">
      <p>
        Showing your file{' '}
        <strong>
          “<bdi>{fileName}</bdi>”
        </strong>
        {commitments !== undefined && ` (${commitments} commitments)`}, not the bundled dataset. It
        stays in this tab only.
      </p>
      <button type="button" onClick={onBack}>
        Back to the bundled dataset
      </button>
    </div>
  );
}
