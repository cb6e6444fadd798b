// Interface wording for the dataset's enumerations.
import type { CommitmentStatus, CommitmentType, ConfidenceLevel } from '../data/vocabulary';

export const TYPE_LABELS: Record<CommitmentType, string> = {
  'joint-statement': 'Joint statement',
  memorandum: 'Memorandum of Cooperation',
  'letter-of-intent': 'Letter of intent',
  agreement: 'Agreement',
  'joint-research': 'Joint research',
  'research-call': 'Research call',
  'expert-group': 'Expert group',
  'working-group': 'Working group',
  'information-exchange': 'Information exchange',
  dialogue: 'Dialogue',
  negotiation: 'Negotiation',
  statement: 'Statement',
};

export const STATUS_LABELS: Record<CommitmentStatus, string> = {
  planned: 'Planned',
  announced: 'Announced',
  signed: 'Signed',
  'in-progress': 'In progress',
  delivered: 'Delivered',
};

export const CONFIDENCE_LABELS: Record<ConfidenceLevel, string> = {
  official: 'Official',
  reported: 'Reported by news',
  unverified: 'Unverified',
  disputed: 'Disputed',
};
