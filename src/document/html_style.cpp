#include "document/html_writer.h"

namespace regio::document {

// Sober public-sector style: Noto Sans, dark blue headings, light rules, numbers right-aligned
// with tabular figures.
std::string_view html_css() {
  return R"css(.rd-doc{font-family:"Noto Sans",Arial,sans-serif;font-size:1rem;line-height:1.5;color:#1a1a1a;max-width:48rem;margin:0 auto;padding:1rem;hyphens:auto}
.rd-doc h1,.rd-doc h2,.rd-doc h3,.rd-doc h4{color:#154273;line-height:1.25;margin:1.6em 0 .5em}
.rd-doc h1{font-size:2rem;margin-top:.5em}
.rd-doc h2{font-size:1.5rem;border-bottom:1px solid #c8d1dc;padding-bottom:.2em}
.rd-doc h3{font-size:1.2rem}
.rd-doc h4{font-size:1.05rem}
.rd-doc .rd-subtitle{font-size:1.25rem;color:#154273;margin:0 0 .5em}
.rd-doc .rd-byline{color:#555;margin:0 0 1.5em}
.rd-doc .rd-running{background:#fff4d6;border:1px solid #e0c068;padding:.4em .8em;font-size:.9rem}
.rd-doc p{margin:0 0 .8em}
.rd-doc p.rd-justify{text-align:justify}
.rd-doc ul{margin:0 0 .8em;padding-left:1.5em}
.rd-doc .rd-table{overflow-x:auto;margin:1.2em 0}
.rd-doc table{border-collapse:collapse;width:100%;font-size:.9rem;font-variant-numeric:tabular-nums}
.rd-doc caption{caption-side:top;text-align:left;font-weight:bold;padding-bottom:.4em}
.rd-doc th,.rd-doc td{padding:.3em .6em;border-bottom:1px solid #d5dbe2;text-align:left;vertical-align:top}
.rd-doc thead th{border-bottom:2px solid #154273;background:#eef2f7}
.rd-doc tbody th{font-weight:normal}
.rd-doc .rd-num{text-align:right}
.rd-doc abbr.rd-suppressed{text-decoration:none}
.rd-doc figure{margin:1.5em 0}
.rd-doc figcaption{font-weight:bold;margin-bottom:.4em}
.rd-doc .rd-chart svg{max-width:100%;height:auto}
.rd-doc .rd-source{font-size:.85rem;color:#555}
.rd-doc .rd-note{background:#eef2f7;border-left:4px solid #154273;padding:.6em 1em;margin:1.2em 0}
.rd-doc .rd-note p{margin:.2em 0}
.rd-doc .rd-toc ol{list-style:none;padding-left:0}
.rd-doc .rd-toc li.rd-toc-2{padding-left:1.5em}
.rd-doc .rd-toc li.rd-toc-3{padding-left:3em}
.rd-doc .rd-pagebreak{break-after:page}
.rd-doc-footer{font-size:.85rem;color:#555;text-align:center;padding:1em}
@media print{.rd-doc{max-width:none;padding:0}}
)css";
}

}  // namespace regio::document
