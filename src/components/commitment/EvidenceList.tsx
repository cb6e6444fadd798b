import type { Evidence, Source } from '../../data/schema';

interface EvidenceListProps {
  evidence: readonly Evidence[];
  sources: ReadonlyMap<string, Source>;
}

export function EvidenceList({ evidence, sources }: EvidenceListProps) {
  return (
    <ul className="evidence-list" aria-label="Evidence">
      {evidence.map((item, index) => {
        const source = sources.get(item.source);
        return (
          <li
            key={index}
            className={item.stance === 'contradicts' ? 'evidence contradicts' : 'evidence'}
          >
            {item.stance === 'contradicts' && <strong className="stance">Contradicted by: </strong>}
            <blockquote lang={source?.language}>
              “<bdi>{item.quote}</bdi>”
            </blockquote>
            {item.translation && <p className="translation">Translation: {item.translation}</p>}
            <p className="evidence-source">
              {source?.url ? (
                <a href={source.url} rel="noopener noreferrer" target="_blank">
                  <bdi>{source.title}</bdi>
                </a>
              ) : (
                <bdi>{source?.title ?? item.source}</bdi>
              )}
              {source && (
                <span className="source-publisher">
                  {' '}
                  — {source.publisher}
                  {source.kind !== 'official' && ` (${source.kind.replace('-', ' ')})`}
                </span>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
