import { CheckboxGroup } from '../../components/CheckboxGroup';
import { meetingsInDateOrder } from '../../data/selectors';
import type { Dataset } from '../../data/schema';
import { COMMITMENT_STATUSES, COMMITMENT_TYPES, CONFIDENCE_LEVELS } from '../../data/vocabulary';
import { CONFIDENCE_LABELS, STATUS_LABELS, TYPE_LABELS } from '../../i18n/labels';
import { shortMeetingLabel } from '../../i18n/localized';
import { MAX_QUERY_LENGTH } from '../../state/url-codec';
import type { View } from '../../state/view';
import { useViewStore } from '../../state/view-store';

interface FilterPanelProps {
  dataset: Dataset;
  view: View;
  domainCounts: ReadonlyMap<string, number>;
  meetingCounts: ReadonlyMap<string, number>;
}

export function FilterPanel({ dataset, view, domainCounts, meetingCounts }: FilterPanelProps) {
  const actions = useViewStore.getState();
  const lang = view.lang;
  const doubtfulShown =
    view.confidence.includes('unverified') && view.confidence.includes('disputed');

  return (
    <form
      className="filter-panel"
      aria-label="Filters"
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="filter-search">
        <label htmlFor="search">Search titles, summaries and quotes</label>
        <input
          id="search"
          type="search"
          value={view.q}
          maxLength={MAX_QUERY_LENGTH}
          placeholder="e.g. early warning"
          onChange={(event) => actions.searchChanged(event.target.value)}
        />
      </div>

      <div className="filter-toggle">
        <input
          id="show-doubtful"
          type="checkbox"
          checked={doubtfulShown}
          onChange={(event) => actions.doubtfulClaimsShown(event.target.checked)}
        />
        <label htmlFor="show-doubtful">Show unverified and disputed claims</label>
      </div>

      <button type="button" className="secondary" onClick={actions.filtersReset}>
        Reset all filters
      </button>

      <details open>
        <summary>Domains</summary>
        <CheckboxGroup
          legend="Domains"
          options={dataset.domains.map((domain) => ({
            value: domain.id,
            label: domain.label[lang],
            color: domain.color,
            count: domainCounts.get(domain.id) ?? 0,
          }))}
          selected={view.domains}
          onToggle={actions.domainToggled}
          lang={lang}
        />
      </details>

      {/* In the comparison the two meetings are chosen on the page instead. */}
      {view.mode === 'overview' && (
        <details open>
          <summary>Meetings</summary>
          <CheckboxGroup
            legend="Meetings"
            options={meetingsInDateOrder(dataset.meetings).map((meeting) => ({
              value: meeting.id,
              label: shortMeetingLabel(meeting, lang),
              count: meetingCounts.get(meeting.id) ?? 0,
            }))}
            selected={view.meetings}
            onToggle={actions.meetingToggled}
            lang={lang}
          />
        </details>
      )}

      <details>
        <summary>Type</summary>
        <CheckboxGroup
          legend="Type"
          options={COMMITMENT_TYPES.map((type) => ({ value: type, label: TYPE_LABELS[type] }))}
          selected={view.types}
          onToggle={actions.typeToggled}
        />
      </details>

      <details>
        <summary>Status</summary>
        <CheckboxGroup
          legend="Status"
          options={COMMITMENT_STATUSES.map((status) => ({
            value: status,
            label: STATUS_LABELS[status],
          }))}
          selected={view.statuses}
          onToggle={actions.statusToggled}
        />
      </details>

      <details>
        <summary>Confidence</summary>
        <CheckboxGroup
          legend="Confidence"
          options={CONFIDENCE_LEVELS.map((level) => ({
            value: level,
            label: CONFIDENCE_LABELS[level],
            // The last level shown cannot be unticked: something must always be able to match.
            disabled: view.confidence.length === 1 && view.confidence[0] === level,
          }))}
          selected={view.confidence}
          onToggle={actions.confidenceToggled}
        />
      </details>
    </form>
  );
}
