/**
 * The report's style sheet, inlined into the page: readable on a laptop
 * screen, wide figures scroll sideways, and a print layout that keeps
 * colours, opens every detail and keeps figures on one page each.
 *
 * @example
 * `<style>${PAGE_STYLE}</style>`;
 */
export const PAGE_STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1080px; padding: 24px; color: #111827;
  background: #ffffff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 8px; border-bottom: 1px solid #d1d5db; }
h4 { margin: 6px 0 2px; font-size: 13px; text-transform: uppercase; color: #374151; }
p { margin: 6px 0; }
.summary, .note, .empty { color: #374151; }
.verdict { margin: 14px 0; padding: 12px 16px; border-left: 6px solid #b91c1c;
  background: #fef2f2; font-size: 17px; }
.verdict.calm { border-color: #047857; background: #ecfdf5; }
.figure { overflow-x: auto; }
svg { font-family: inherit; font-size: 12px; max-width: 100%; height: auto; }
/* A wide map scrolls sideways on screen rather than shrinking its text. */
svg.service-map { max-width: none; }
svg .node-name { font-weight: 700; font-size: 14px; fill: #111827; }
svg .node-kind { fill: #374151; }
svg .node-health { fill: #111827; font-weight: 600; }
svg .cause-label { font-weight: 700; fill: #7f1d1d; font-size: 13px; }
svg .edge-label { fill: #111827; paint-order: stroke; stroke: #ffffff;
  stroke-width: 4px; stroke-linejoin: round; }
svg .axis-label { fill: #374151; font-size: 11px; }
svg .panel-title { font-weight: 700; fill: #111827; }
svg .grid { stroke: #e5e7eb; }
svg .baseline-axis { stroke: #9ca3af; }
svg .span-name { fill: #111827; }
svg .span-status { fill: #374151; }
svg .highlighted .span-name, svg .highlighted .span-status { font-weight: 700; fill: #7f1d1d; }
svg .highlight-band { fill: #fef3c7; stroke: #b45309; stroke-width: 1; }
svg .outage-window { fill: #fee2e2; fill-opacity: 0.5; }
svg .change-label { font-weight: 700; fill: #111827; }
.legend { display: flex; flex-wrap: wrap; gap: 14px; padding: 0; list-style: none; font-size: 13px; }
.swatch { display: inline-block; width: 14px; height: 14px; margin-right: 5px;
  vertical-align: -2px; border: 2px solid; border-radius: 3px; }
table.causes { width: 100%; border-collapse: collapse; }
table.causes th { text-align: left; font-size: 13px; color: #374151; border-bottom: 2px solid #d1d5db; }
table.causes td { padding: 5px 8px 5px 0; vertical-align: top; }
.cause-row td { border-top: 1px solid #e5e7eb; font-weight: 600; }
.top-cause td { background: #fef2f2; }
.kind { padding: 1px 6px; border-radius: 4px; background: #f3f4f6; border: 1px solid #9ca3af; }
.confidence { display: inline-block; width: 80px; height: 10px; background: #e5e7eb; vertical-align: middle; }
.confidence-bar { display: block; height: 100%; background: #1f2937; }
.cause-details ul { margin: 0 0 4px; padding-left: 20px; }
.trace-id { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 13px; }
summary { cursor: pointer; color: #1d4ed8; }
@page landscape-page { size: landscape; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section { break-inside: avoid; }
  .figure { overflow: visible; }
  svg.service-map { max-width: 100%; }
  /* The map is wider than tall: it and the verdict get a landscape page. */
  header, #service-map { page: landscape-page; }
  summary { display: none; }
  details > * { display: block; }
}
`;
