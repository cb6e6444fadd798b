import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { meetingsInDateOrder } from '../../data/order';
import type { OptionCounts } from '../../data/facet-counts';
import type { Dataset } from '../../data/schema';
import { COMMITMENT_STATUSES, COMMITMENT_TYPES, CONFIDENCE_LEVELS } from '../../data/vocabulary';
import { CONFIDENCE_LABELS, STATUS_LABELS, TYPE_LABELS } from '../../i18n/labels';
import { shortMeetingLabel } from '../../i18n/localized';
import { MAX_QUERY_LENGTH } from '../../state/url-codec';
import { isDefaultConfidence, type View } from '../../state/view';
import { useViewStore } from '../../state/view-store';
import { MESSAGES } from './messages';

interface FilterPanelProps {
  dataset: Dataset;
  view: View;
  domainCounts: ReadonlyMap<string, number>;
  meetingCounts: ReadonlyMap<string, number>;
  /** How many commitments each type, status and confidence level would show. */
  optionCounts: OptionCounts;
}

export function FilterPanel({
  dataset,
  view,
  domainCounts,
  meetingCounts,
  optionCounts,
}: FilterPanelProps) {
  const actions = useViewStore.getState();
  const lang = view.lang;
  const t = MESSAGES[lang];
  const doubtfulShown =
    view.confidence.includes('unverified') && view.confidence.includes('disputed');

  return (
    <form className="filter-panel" aria-label={t.form} onSubmit={(event) => event.preventDefault()}>
      <div className="filter-search">
        <label htmlFor="search">{t.search}</label>
        <input
          id="search"
          type="search"
          value={view.q}
          maxLength={MAX_QUERY_LENGTH}
          placeholder={t.searchExample}
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
        <label htmlFor="show-doubtful">{t.showDoubtful}</label>
      </div>

      {/* Nothing to reset while every filter is at its default: no dead stop for the keyboard. */}
      <button
        type="button"
        className="secondary"
        onClick={actions.filtersReset}
        disabled={
          view.domains.length === 0 &&
          view.meetings.length === 0 &&
          view.types.length === 0 &&
          view.statuses.length === 0 &&
          view.q === '' &&
          isDefaultConfidence(view.confidence)
        }
      >
        {t.reset}
      </button>

      <details open>
        <summary>{t.domains}</summary>
        <CheckboxGroup
          legend={t.domains}
          options={dataset.domains.map((domain) => ({
            value: domain.id,
            label: domain.label[lang],
            color: domain.color,
            count: domainCounts.get(domain.id) ?? 0,
          }))}
          selected={view.domains}
          onToggle={actions.domainToggled}
          name="domains"
          lang={lang}
        />
      </details>

      {/* In the comparison the two meetings are chosen on the page instead. */}
      {view.mode === 'overview' && (
        // Closed until a meeting is chosen, as the other lists are: the table's and the charts'
        // meetings filter too, and the results stay within reach of the keyboard.
        <details open={view.meetings.length > 0}>
          <summary>{t.meetings}</summary>
          <CheckboxGroup
            legend={t.meetings}
            options={meetingsInDateOrder(dataset.meetings).map((meeting) => ({
              value: meeting.id,
              label: shortMeetingLabel(meeting, lang),
              count: meetingCounts.get(meeting.id) ?? 0,
            }))}
            selected={view.meetings}
            onToggle={actions.meetingToggled}
            name="meetings"
            lang={lang}
          />
        </details>
      )}

      {/* One stop for the three shorter lists, open while any of them is set. */}
      <details
        className="filter-more"
        open={
          view.types.length > 0 || view.statuses.length > 0 || !isDefaultConfidence(view.confidence)
        }
      >
        <summary>{t.moreFilters}</summary>
        <CheckboxGroup
          legend={t.type}
          options={COMMITMENT_TYPES.map((type) => ({
            value: type,
            label: TYPE_LABELS[lang][type],
            count: optionCounts.types.get(type) ?? 0,
          }))}
          selected={view.types}
          onToggle={actions.typeToggled}
          name="types"
        />
        <CheckboxGroup
          legend={t.status}
          options={COMMITMENT_STATUSES.map((status) => ({
            value: status,
            label: STATUS_LABELS[lang][status],
            count: optionCounts.statuses.get(status) ?? 0,
          }))}
          selected={view.statuses}
          onToggle={actions.statusToggled}
          name="statuses"
        />
        <CheckboxGroup
          legend={t.confidence}
          options={CONFIDENCE_LEVELS.map((level) => ({
            value: level,
            label: CONFIDENCE_LABELS[lang][level],
            count: optionCounts.confidence.get(level) ?? 0,
            // The last level shown cannot be unticked: something must always be able to match.
            disabled: view.confidence.length === 1 && view.confidence[0] === level,
          }))}
          selected={view.confidence}
          onToggle={actions.confidenceToggled}
          name="confidence"
        />
      </details>
    </form>
  );
}
