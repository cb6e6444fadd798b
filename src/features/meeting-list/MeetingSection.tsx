import { formatDate } from '../../data/format';
import type { Commitment, Domain, Meeting, Source } from '../../data/schema';
import { CommitmentCard } from './CommitmentCard';

interface MeetingSectionProps {
  meeting: Meeting;
  commitments: readonly Commitment[];
  domains: ReadonlyMap<string, Domain>;
  sources: ReadonlyMap<string, Source>;
}

export function MeetingSection({ meeting, commitments, domains, sources }: MeetingSectionProps) {
  const headingId = `meeting-${meeting.id}`;
  const when = meeting.date ? formatDate(meeting.date) : `Planned for ${meeting.year}`;
  return (
    <section className="meeting" aria-labelledby={headingId}>
      <h2 id={headingId}>{meeting.title.en}</h2>
      <p className="meeting-when">
        {when} · {meeting.city.en}
        {meeting.status === 'planned' && <span className="tag">Planned</span>}
      </p>
      <p>{meeting.summary}</p>
      {meeting.participants.length > 0 && (
        <p className="meeting-participants">
          {meeting.participants
            .map(
              (person) =>
                `${person.name.en} (${person.role.en}${person.remote ? ', remotely' : ''})`,
            )
            .join(' · ')}
        </p>
      )}
      {commitments.length === 0 ? (
        <p className="empty-note">No commitments recorded yet.</p>
      ) : (
        <ol className="commitment-list">
          {commitments.map((commitment) => (
            <li key={commitment.id}>
              <CommitmentCard
                commitment={commitment}
                meeting={meeting}
                domains={domains}
                sources={sources}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
