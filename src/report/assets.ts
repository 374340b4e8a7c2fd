// The report's inline style and script: no network, opens from the file system.
// Colours are the Okabe–Ito palette; each kind also has its own underline
// style, so the highlights stay apart in grey print and for colour-blind readers.
export const style = `
body{font:15px/1.7 system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#222}
header{padding:12px 20px;border-bottom:1px solid #ccc}h1{font-size:20px;margin:0 0 6px}
.layout{display:grid;grid-template-columns:280px 1fr;gap:0}
nav.outline{position:sticky;top:0;max-height:100vh;overflow:auto;padding:12px;border-right:1px solid #ddd;font-size:13px}
nav.outline ul{list-style:none;padding-left:12px;margin:0}nav.outline a{color:#0b4f8a;text-decoration:none}
main{padding:12px 24px}pre.source{white-space:pre-wrap;word-break:break-all;font:inherit}
mark{background:none;color:inherit;position:relative;padding:0 1px}
.entity-quantity{background:#fce3b6;border-bottom:2px solid #e69f00}
.entity-deadline{background:#cfe8f7;border-bottom:2px dashed #0072b2}
.entity-note{background:#d5f0e6;border-bottom:2px dotted #009e73}
.entity-heading{background:#f6d9e8;border-bottom:3px double #cc79a7;font-weight:600}
mark.entity:hover::after,mark.entity:focus::after{content:attr(data-tip);position:absolute;left:0;top:1.6em;z-index:5;
 background:#222;color:#fff;font-size:12px;font-weight:400;padding:2px 6px;border-radius:3px;width:max-content;max-width:460px;white-space:normal}
mark.entity:focus{outline:2px solid #000}
.legend span{display:inline-block;margin-right:14px;padding:0 4px}
table{border-collapse:collapse;font-size:13px;margin:12px 0}th,td{border:1px solid #ccc;padding:3px 6px;vertical-align:top}
th{cursor:pointer;background:#f2f2f2}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
@media print{nav.outline,#unit-filter{display:none}.layout{display:block}mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;

export const script = `
document.querySelectorAll('table.sortable th').forEach((th, col) => th.addEventListener('click', () => {
  const body = th.closest('table').tBodies[0];
  const dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
  th.closest('tr').querySelectorAll('th').forEach((h) => h.removeAttribute('aria-sort'));
  th.setAttribute('aria-sort', dir);
  const key = (tr) => tr.cells[col].dataset.sort ?? tr.cells[col].textContent;
  const rows = [...body.rows].sort((a, b) => {
    const x = key(a), y = key(b), nx = Number(x), ny = Number(y);
    const c = x !== '' && y !== '' && !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y, 'zh');
    return dir === 'ascending' ? c : -c;
  });
  rows.forEach((r) => body.appendChild(r));
}));
const filter = document.getElementById('unit-filter');
if (filter) filter.addEventListener('input', () => {
  const want = filter.value.trim();
  document.querySelectorAll('tr.task').forEach((tr) => { tr.hidden = want !== '' && !tr.dataset.units.includes(want); });
});
`;
