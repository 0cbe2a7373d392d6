/**
 * The bump a change of the arrival figures' rows, of their description in a lock of version 1, or
 * of the licence needs.
 */

import type { Change } from './change.js';
import type { ContentLock } from './lock-schema.js';

/**
 * Arrival figures: a period added is minor, a period removed is major (a row users may read is
 * gone), changed counts are minor (a changed fact), a changed source alone is a patch.
 */
export function diffArrivals(before: ContentLock['arrivals'], after: ContentLock['arrivals']): Change[] {
  if (!after)
    return before ? [{ bump: 'major', reason: 'arrival figures removed', note: 'Removed the arrival figures.' }] : [];
  if (!before) return [{ bump: 'minor', reason: 'arrival figures added', note: 'Added the official arrival figures.' }];
  const changes: Change[] = [];
  const old = new Map(before.map((row) => [row.period, row]));
  const now = new Map(after.map((row) => [row.period, row]));
  for (const row of before) {
    if (!now.has(row.period))
      changes.push({
        bump: 'major',
        reason: `arrivals ${row.period} removed`,
        note: `Removed the arrival figures for ${row.period}.`,
      });
  }
  for (const row of after) {
    const was = old.get(row.period);
    if (!was) {
      changes.push({
        bump: 'minor',
        reason: `arrivals ${row.period} added`,
        note: `Added the arrival figures for ${row.period} (${row.total}).`,
      });
    } else if (was.men !== row.men || was.women !== row.women || was.total !== row.total) {
      changes.push({
        bump: 'minor',
        reason: `arrivals ${row.period} changed`,
        note: `Changed the arrival figures for ${row.period}: ${was.total} → ${row.total}.`,
      });
    } else if (was.source !== row.source) {
      changes.push({
        bump: 'patch',
        reason: `arrivals ${row.period} source changed`,
        note: `Changed the source of the arrival figures for ${row.period}.`,
      });
    }
  }
  return changes;
}

/**
 * The arrival figures' description as a lock of version 1 recorded it (the hash of its text):
 * added to a lock that lacks it, a data field added (minor); reworded, a patch. A lock of version 2
 * records it among the figures' fields, with its markup, and its field in the data shape.
 */
export function diffDescription(before: ContentLock, after: ContentLock): Change[] {
  const [was, now] = [before.arrivalsDescription, after.arrivalsDescription];
  if (!before.arrivals || before.figures || now === undefined || was === now) return [];
  if (was === undefined)
    return [
      {
        bump: 'minor',
        reason: 'arrivals description added',
        note: 'Added the description of the arrival figures (`arrivals.description` in data.json).',
      },
    ];
  return [
    { bump: 'patch', reason: 'arrivals description changed', note: 'Reworded the description of the arrival figures.' },
  ];
}

/** The licence (`meta.license`): any change is a patch; a lock of version 1 did not record it. */
export function diffLicense(before: ContentLock, after: ContentLock): Change[] {
  if (before.license === undefined || before.license === after.license) return [];
  return [
    {
      bump: 'patch',
      reason: 'licence changed',
      note: 'Changed the licence of the package or of one of its parts (`meta.license`).',
    },
  ];
}
