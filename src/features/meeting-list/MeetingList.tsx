import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { LoadingState } from '../../components/LoadingState';
import { datasetQueryOptions } from '../../data/dataset-query';
import { commitmentsByMeeting, indexById } from '../../data/selectors';
import { DatasetErrorState } from '../dataset-status/DatasetErrorState';
import { MeetingSection } from './MeetingSection';

export function MeetingList() {
  const { data, error, refetch, isFetching } = useQuery(datasetQueryOptions());
  const groups = useMemo(() => (data ? commitmentsByMeeting(data) : []), [data]);
  const lookups = useMemo(
    () => (data ? { domains: indexById(data.domains), sources: indexById(data.sources) } : null),
    [data],
  );

  if (error && !data) {
    return <DatasetErrorState error={error} onRetry={() => void refetch()} retrying={isFetching} />;
  }
  if (!data || !lookups) return <LoadingState label="Loading the dataset…" />;

  return (
    <>
      <p className="dataset-meta">
        {data.commitments.length} commitments across {data.meetings.length} meetings · dataset
        version {data.meta.version}, updated {data.meta.lastUpdated} · licence {data.meta.licence}
      </p>
      {groups.map(({ meeting, commitments }) => (
        <MeetingSection
          key={meeting.id}
          meeting={meeting}
          commitments={commitments}
          domains={lookups.domains}
          sources={lookups.sources}
        />
      ))}
    </>
  );
}
