import type { RootCause } from '@org/rca';
import { describeEvidence } from '../describe-evidence.js';
import { escapeHtml } from './escape.js';
import { formatPercent } from './format.js';

/**
 * The ranked causes as a table, one row per cause with its confidence as
 * a bar and in words, each followed by its evidence, symptoms and example
 * trace ids (folded away in a `<details>`, open by default).
 *
 * @example
 * const html = renderCauses(report.rootCauses);
 */
export function renderCauses(rootCauses: readonly RootCause[]): string {
  if (rootCauses.length === 0) {
    return '<p class="empty">No root cause found: the traces show no errors, faults, throttles or unusual latency.</p>';
  }

  return [
    '<table class="causes">',
    '<thead><tr><th scope="col">rank</th><th scope="col">kind</th><th scope="col">where</th><th scope="col">exception</th><th scope="col">traces</th><th scope="col">confidence</th></tr></thead>',
    ...rootCauses.map(renderCause),
    '</table>',
  ].join('\n');
}

function renderCause(cause: RootCause): string {
  const where = [cause.service, cause.resource, cause.operation]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
  const confidence = formatPercent(cause.confidence);
  const row = [
    `<tbody class="cause" data-rank="${cause.rank}">`,
    `<tr class="cause-row${cause.rank === 1 ? ' top-cause' : ''}">`,
    `<td>#${cause.rank}</td>`,
    `<td><span class="kind kind-${escapeHtml(cause.kind)}">${escapeHtml(cause.kind)}</span></td>`,
    `<td class="where">${escapeHtml(where)}</td>`,
    `<td>${escapeHtml(cause.exception ?? '–')}</td>`,
    `<td>${cause.tracesAffected}</td>`,
    `<td><span class="confidence"><span class="confidence-bar" style="width:${Math.round(cause.confidence * 100)}%"></span></span> ${confidence}</td>`,
    '</tr>',
    `<tr class="cause-details"><td colspan="6">${renderDetails(cause)}</td></tr>`,
    '</tbody>',
  ];

  return row.join('');
}

function renderDetails(cause: RootCause): string {
  const lists = [
    list('evidence', cause.evidence.map(describeEvidence)),
    list('symptoms', cause.symptoms),
    list('example traces', cause.exampleTraceIds, 'trace-id'),
  ].filter((html) => html !== '');

  return `<details open><summary>evidence and examples</summary>${lists.join('')}</details>`;
}

function list(
  title: string,
  items: readonly string[],
  itemClass?: string,
): string {
  if (items.length === 0) return '';
  const attribute = itemClass ? ` class="${itemClass}"` : '';
  const entries = items
    .map((item) => `<li${attribute}>${escapeHtml(item)}</li>`)
    .join('');

  return `<div class="detail"><h4>${title}</h4><ul>${entries}</ul></div>`;
}
