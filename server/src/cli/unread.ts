// Not in walk.ts: the benchmark bundles the walker alone, without the parsers that check-file brings.
import type { Finding } from '../engine/types';
import { fileFinding } from './check-file';
import type { Candidate } from './walk';

/** The finding to report for a candidate that the walk found but that cannot be checked. */
export function unreadFindings(candidate: Candidate): Finding[] {
  return candidate.unread ? [fileFinding('skipped', candidate.unread.severity, candidate.unread.message)] : [];
}
