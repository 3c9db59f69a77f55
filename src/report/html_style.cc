// The HTML report's one inline style sheet: light and dark schemes, phone widths and A4 print.
#include "report/html_parts.h"

namespace strat::report {

std::string_view html_style() {
  return R"css(
:root{--bg:#fff;--fg:#1d2330;--muted:#5d6675;--line:#d9dee6;--card:#f5f7fa;--track:#e6e9ef;
--bar:#3b6fd8;--ok:#1f8a4c;--risk:#b7791f;--bad:#c53030;--today:#c53030;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#14171c;--fg:#e6e9ef;--muted:#9aa3b2;--line:#2e343e;
--card:#1c2027;--track:#2a2f38;--bar:#6d9bf0;--ok:#48bb78;--risk:#ecc94b;--bad:#fc8181;--today:#fc8181}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Hebrew","Noto Sans Arabic",sans-serif}
main{max-width:60rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .75rem;padding-bottom:.3rem;border-bottom:2px solid var(--line)}
h3{font-size:1rem;margin:1.25rem 0 .5rem;color:var(--muted)}
.sub{color:var(--muted);margin:0}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.6rem;margin:.5rem 0 1rem}
.card{background:var(--card);border-radius:.5rem;padding:.6rem .8rem}
.card b{display:block;font-size:1.2rem;font-variant-numeric:tabular-nums}.card span{color:var(--muted);font-size:.85rem}
.chart{display:grid;grid-template-columns:minmax(6rem,18rem) 1fr 9.5rem;gap:.35rem .75rem;align-items:center}
.chart .label{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.chart svg{width:100%;height:1.1rem;display:block}
.num{font-variant-numeric:tabular-nums;text-align:end;white-space:nowrap}
.track{fill:var(--track)}.bar{fill:var(--bar)}.ok{fill:var(--ok)}.risk{fill:var(--risk)}.bad{fill:var(--bad)}
.expected{stroke:var(--fg);stroke-width:3}.today{stroke:var(--today);stroke-width:3}
.tag{display:inline-block;border-radius:1rem;padding:0 .55rem;font-size:.8rem;font-weight:600;color:#fff;white-space:nowrap}
.tag.on-track{background:var(--ok)}.tag.at-risk{background:var(--risk)}.tag.off-track{background:var(--bad)}
.tag.early,.tag.unknown{background:var(--muted)}
.warn{color:var(--bad);font-weight:600}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.92rem}
th,td{padding:.3rem .5rem;border-bottom:1px solid var(--line);text-align:start;vertical-align:top}
th{color:var(--muted);font-weight:600}
.scroll{overflow-x:auto}
.months{position:relative;height:1.2rem;color:var(--muted);font-size:.75rem}
.months span{position:absolute;top:0;white-space:nowrap}
.tree,.tree ul{list-style:none;margin:0;padding-inline-start:1.1rem}
.tree{padding-inline-start:0}
.tree li{position:relative;padding:.15rem 0 .15rem .9rem;border-inline-start:1px solid var(--line)}
.tree li::before{content:"";position:absolute;inset-inline-start:0;top:.85rem;width:.7rem;border-top:1px solid var(--line)}
.kind{color:var(--muted);font-size:.8rem;margin-inline-end:.35rem;text-transform:uppercase;letter-spacing:.03em}
.meta{color:var(--muted);font-size:.85rem}
footer{margin-top:2.5rem;color:var(--muted);font-size:.8rem}
@media (max-width:40rem){main{padding:1rem .75rem 2rem}h1{font-size:1.3rem}
.chart{grid-template-columns:1fr 8.5rem}.chart .label{grid-column:1/-1;margin-top:.3rem}
td,th{padding:.25rem .3rem}}
@media print{@page{size:A4;margin:14mm}
:root{--bg:#fff;--fg:#000;--muted:#444;--line:#bbb;--card:#f2f2f2;--track:#e6e6e6}
body{font-size:11pt}main{max-width:none;padding:0}
section.part{break-before:page}section.part:first-of-type{break-before:auto}
h2,h3{break-after:avoid}.chart,tr,li{break-inside:avoid}
.tag{border:1px solid #000;color:#000;background:none!important}}
)css";
}

}  // namespace strat::report
