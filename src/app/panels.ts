// The panels of the dashboard, in one script of their own apart from the app's start script (see
// src/app/lazy-parts.ts): requested as the app starts, beside the dataset, and drawn with it.
export { ActiveFilters } from '../features/active-filters/ActiveFilters';
export { AtAGlance } from '../features/at-a-glance/AtAGlance';
export { OverviewCharts } from '../features/charts/OverviewCharts';
export { CommitmentList } from '../features/commitments/CommitmentList';
export { ChartDownloads } from '../features/export/ChartDownloads';
export { ExportPanel } from '../features/export/ExportPanel';
export { FilterPanel } from '../features/filters/FilterPanel';
export { DomainMeetingMatrix } from '../features/matrix/DomainMeetingMatrix';
export { WhatsNewFor } from '../features/whats-new/WhatsNewFor';
