// The report's stylesheet, inlined so the HTML file is self-contained.
#include "report/html_internal.h"

namespace tri::report_internal {

const char kReportCss[] = R"css(
:root{--ink:#1d232b;--muted:#5d6773;--line:#dde2e8;--bg:#f6f7f9;--card:#fff;
--red:#b42318;--red-bg:#fdecea;--green:#1b7f3b;--green-bg:#e7f5ec;--amber:#9a6700;
--amber-bg:#fff4d6;--grey-bg:#eef1f4;--blue:#1f5fbf}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:1180px;margin:0 auto;padding:24px 20px 60px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:21px;margin:0 0 8px}
h3{font-size:16px;margin:22px 0 8px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.sub{color:var(--muted);margin:0 0 18px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:18px 20px;margin:18px 0}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border-bottom:1px solid var(--line);padding:7px 8px;text-align:left;vertical-align:top}
th{background:var(--grey-bg);font-weight:600}
.badge{display:inline-block;border-radius:999px;padding:1px 9px;font-size:12px;font-weight:600;white-space:nowrap}
.r-contradicted{background:var(--red-bg);color:var(--red)}
.r-agreed{background:var(--green-bg);color:var(--green)}
.r-single_source{background:var(--grey-bg);color:var(--muted)}
.r-revised_over_time{background:var(--amber-bg);color:var(--amber)}
.flag{background:var(--amber-bg);color:var(--amber)}
.flag-bad{background:var(--red-bg);color:var(--red)}
.hedged{font-style:italic;color:var(--amber)}
.who{color:var(--muted);font-size:13px}
.evidence{border-left:3px solid var(--line);padding:4px 10px;margin:6px 0;color:#333}
.evidence mark{background:#fff1a8;padding:0 1px}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:12px}
.side{border:1px solid var(--line);border-radius:8px;padding:10px 12px;background:#fcfcfd}
.side .outlet{font-weight:600}
.value{font-weight:600}
.toc a,.doc-link{color:var(--blue);text-decoration:none}
.timeline svg{width:100%;height:auto;display:block;margin:6px 0 10px}
.timeline li{margin:3px 0}
.when{font-variant-numeric:tabular-nums;font-weight:600;margin-right:6px}
details summary{cursor:pointer;color:var(--blue)}
details.fold summary h3{display:inline}
.glance{background:#f4f8ff;border-left:4px solid var(--blue);border-radius:6px;padding:10px 14px;margin:10px 0 16px}
.glance ul{margin:6px 0 0;padding-left:20px}.glance li{margin:3px 0}
.text{white-space:pre-wrap;font-family:Georgia,"Times New Roman",serif;font-size:15px;line-height:1.6;margin-top:10px}
.e-PER{background:#e3edff}.e-ORG{background:#efe3ff}.e-LOC{background:#dff5e8}.e-OTH{background:#f2f2f2}
.t-x{border-bottom:2px solid #d08b00}.q-x{color:#8a1c7c}.c-hedged{text-decoration:underline wavy #d08b00}
.legend span{margin-right:10px;padding:0 4px;font-size:12px}
.muted{color:var(--muted)}
.matrix td.cell{min-width:120px}
footer{color:var(--muted);font-size:12px;margin-top:30px}
)css";

}  // namespace tri::report_internal
