package nl.geokern.core.report;

/** The HTML report's inline style sheet: system fonts only, no external resources. */
final class HtmlStyle {

  private HtmlStyle() {}

  /** The class of the element that holds the report when it is embedded in another page. */
  static final String FRAGMENT_CLASS = "geo-report";

  static final String TEXT = """
      :root {
        --ink: #1d2733; --muted: #5b6776; --line: #e3e7ed; --page: #f3f5f8; --card: #ffffff;
        --navy: #13294b; --navy-2: #1f4f82;
        --error: #c62828; --error-bg: #fdecea;
        --warning: #a15c00; --warning-bg: #fff3d6;
        --info: #1f5fa8; --info-bg: #e7f0fb;
        --ok: #2e7d32; --ok-bg: #e8f5e9;
        --future: #6b7785; --future-bg: #eef1f5;
        --accent: #2f6fb3; --faq: #6a4bb3; --faq-bg: #efeafb;
      }
      * { box-sizing: border-box; }
      html { background: var(--page); }
      body { margin: 0; color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI",
        Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif; }
      code { font: 0.92em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono",
        monospace; }
      .summary { background: linear-gradient(135deg, var(--navy), var(--navy-2)); color: #fff;
        padding: 28px max(24px, calc((100% - 1160px) / 2)) 18px; display: grid;
        grid-template-columns: 1fr auto; gap: 8px 24px; align-items: start; }
      .summary .kicker { margin: 0; text-transform: uppercase; letter-spacing: .12em;
        font-size: 12px; opacity: .75; }
      .summary h1 { margin: 2px 0 4px; font-size: 30px; line-height: 1.2; }
      .summary .meta { margin: 0; opacity: .8; font-size: 13px; }
      .badge { display: flex; flex-direction: column; align-items: center; padding: 10px 22px;
        border-radius: 14px; border: 2px solid rgba(255,255,255,.6); min-width: 190px; }
      .badge.pass { background: var(--ok); }
      .badge.fail { background: var(--error); }
      .badge-word { font-size: 26px; font-weight: 800; letter-spacing: .02em; }
      .badge-detail { font-size: 12px; opacity: .95; text-align: center; max-width: 220px; }
      .counts { grid-column: 1 / -1; list-style: none; margin: 14px 0 4px; padding: 0;
        display: grid; grid-template-columns: repeat(7, 1fr); gap: 10px; }
      .count { background: rgba(255,255,255,.1); border-radius: 10px; padding: 10px 12px;
        border-top: 4px solid rgba(255,255,255,.35); }
      .count .n { display: block; font-size: 30px; font-weight: 750; line-height: 1.1; }
      .count .label { font-size: 12.5px; opacity: .9; }
      .count.error { border-top-color: #ff8a80; } .count.error .n { color: #ffcdd2; }
      .count.warning { border-top-color: #ffcc80; } .count.warning .n { color: #ffe0b2; }
      .count.info { border-top-color: #90caf9; }
      .count.ok { border-top-color: #a5d6a7; }
      nav { grid-column: 1 / -1; display: flex; gap: 18px; font-size: 13px; margin-top: 6px; }
      nav a { color: #dbe7f5; text-decoration: none; border-bottom: 1px dotted #9fb8d6; }
      main { max-width: 1160px; margin: 0 auto; padding: 20px 24px 8px; }
      .card { background: var(--card); border: 1px solid var(--line); border-radius: 12px;
        padding: 18px 22px 20px; margin: 0 0 20px; box-shadow: 0 1px 2px rgba(16,24,40,.05); }
      h2 { margin: 0 0 10px; font-size: 20px; }
      .h-note { font-size: 14px; font-weight: 500; color: var(--muted); margin-left: 8px; }
      .lead { margin: 0 0 12px; color: var(--muted); font-size: 14px; }
      .all-good { color: var(--ok); font-weight: 600; }
      table { border-collapse: collapse; width: 100%; font-size: 14px; }
      th, td { text-align: left; vertical-align: top; padding: 7px 10px; overflow-wrap: anywhere;
        border-bottom: 1px solid var(--line); }
      thead th { font-size: 12px; text-transform: uppercase; letter-spacing: .05em;
        color: var(--muted); background: #f8fafc; }
      .file-group { margin: 0 0 16px; }
      h3.file { font-size: 15px; margin: 12px 0 6px; display: flex; gap: 8px; align-items: center;
        flex-wrap: wrap; }
      h3.file code { background: #eef2f7; padding: 2px 8px; border-radius: 6px; }
      .findings td.loc { font-family: ui-monospace, Menlo, Consolas, monospace; white-space: nowrap;
        color: var(--muted); width: 70px; }
      .findings td.hint { color: #334155; }
      .findings tr.sev-error td:first-child { box-shadow: inset 4px 0 0 var(--error); }
      .findings tr.sev-warning td:first-child { box-shadow: inset 4px 0 0 var(--warning); }
      .findings tr.sev-info td:first-child { box-shadow: inset 4px 0 0 var(--info); }
      .pill { display: inline-block; border-radius: 999px; padding: 1px 9px; font-size: 12px;
        font-weight: 650; white-space: nowrap; }
      .pill.error { background: var(--error-bg); color: var(--error); }
      .pill.warning { background: var(--warning-bg); color: var(--warning); }
      .pill.info { background: var(--info-bg); color: var(--info); }
      .pill.ok { background: var(--ok-bg); color: var(--ok); }
      .matrix tbody th[scope=row] { font-weight: 500; width: 48%; }
      .matrix .persona-row th { background: #f1f5fa; font-size: 14.5px; font-weight: 700;
        border-top: 2px solid var(--line); }
      .matrix tr.unanswered { background: var(--error-bg); }
      .matrix tr.unanswered th[scope=row] { box-shadow: inset 4px 0 0 var(--error); }
      .mark { font-weight: 650; white-space: nowrap; font-size: 13px; }
      .mark.yes { color: var(--ok); } .mark.no { color: var(--error); }
      .chip { display: inline-block; border-radius: 6px; padding: 1px 8px; margin: 1px 2px;
        font-size: 12.5px; background: #eef2f7; color: #334155; }
      .chip.post { background: var(--info-bg); color: var(--info); }
      .chip.faq { background: var(--faq-bg); color: var(--faq); }
      .legend { list-style: none; padding: 0; margin: 0 0 12px; display: flex; flex-wrap: wrap;
        gap: 6px 18px; font-size: 13px; color: var(--muted); }
      .legend li { display: flex; align-items: center; gap: 6px; }
      .swatch { width: 14px; height: 14px; border-radius: 4px; display: inline-block; }
      .calendar { list-style: none; margin: 0; padding: 0; display: grid;
        grid-template-columns: repeat(6, 1fr); gap: 10px; }
      .week { border-radius: 10px; padding: 10px 11px; border: 1px solid var(--line);
        border-top-width: 6px; font-size: 13px; min-height: 150px; display: flex;
        flex-direction: column; gap: 4px; }
      .week-head { display: flex; justify-content: space-between; align-items: baseline; }
      .week-no { font-weight: 800; font-size: 15px; }
      .week time { color: var(--muted); font-size: 12px; }
      .week-state { font-weight: 700; }
      .week-post { color: var(--ink); line-height: 1.3; flex: 1; }
      .week-checks { display: flex; gap: 8px; font-size: 12px; flex-wrap: wrap; }
      .week-checks .yes { color: var(--ok); } .week-checks .no { color: var(--error); }
      .week-findings { font-size: 12px; color: var(--warning); font-weight: 600; }
      .week.complete { background: var(--ok-bg); border-color: var(--ok); } .week.complete .week-state { color: var(--ok); }
      .week.missing-post, .week.missing-both { background: var(--error-bg); border-color: var(--error); }
      .week.missing-post .week-state, .week.missing-both .week-state { color: var(--error); }
      .week.missing-faq { background: var(--warning-bg); border-color: #e0a030; }
      .week.missing-faq .week-state { color: var(--warning); }
      .week.incomplete { background: #fff8e1; border-color: #e0a030; }
      .week.future { background: var(--future-bg); border-color: #b7c0cc; border-style: dashed;
        border-top-style: solid; }
      .week.future .week-state { color: var(--future); }
      .swatch.complete { background: var(--ok); } .swatch.missing-post { background: var(--error); }
      .swatch.missing-both { background: #8e1b1b; } .swatch.missing-faq { background: #e0a030; }
      .swatch.incomplete { background: #f3d27a; } .swatch.future { background: #b7c0cc; }
      svg.chart { max-width: 100%; height: auto; display: block; font-size: 13px; }
      svg.chart .grid { stroke: var(--line); stroke-width: 1; }
      svg.chart .tick { fill: var(--muted); font-size: 11px; }
      svg.chart .label { fill: var(--ink); }
      svg.chart .value { fill: var(--ink); font-weight: 650; }
      svg.chart .empty { fill: var(--muted); }
      svg.chart .track { fill: #f0f3f7; }
      svg.chart .primary .bar { fill: var(--accent); }
      svg.chart .good .bar { fill: #3f9a48; }
      svg.chart .fair .bar { fill: #e0a030; }
      svg.chart .poor .bar { fill: var(--error); }
      svg.chart .poor .track { fill: var(--error-bg); }
      svg.chart .poor .value { fill: var(--error); }
      .charts { display: grid; grid-template-columns: 1fr 1fr; gap: 20px; margin-bottom: 14px; }
      figure { margin: 0; }
      figcaption { font-weight: 650; font-size: 14px; margin-bottom: 4px; }
      .table-wrap { overflow-x: auto; }
      .scores .num { text-align: right; white-space: nowrap; }
      .scores th.group { text-align: center; border-bottom: 2px solid var(--line); }
      .scores thead th.num { white-space: normal; }
      .scores tbody th { min-width: 220px; }
      .scores .scale { font-size: 12px; color: var(--muted); white-space: nowrap; }
      .scores th.num { text-align: right; }
      .scores tbody th { font-weight: 600; }
      .scores tbody th code { font-weight: 400; color: var(--muted); font-size: 12px; }
      .score { display: inline-block; min-width: 42px; text-align: center; border-radius: 6px;
        padding: 0 6px; font-weight: 700; }
      .score.good { background: var(--ok-bg); color: var(--ok); }
      .score.fair { background: var(--warning-bg); color: var(--warning); }
      .score.poor { background: var(--error-bg); color: var(--error); }
      .heuristic { margin-top: 16px; border: 1px dashed #b7c0cc; border-radius: 10px;
        padding: 10px 14px; background: #fafbfd; font-size: 13.5px; color: #334155; }
      .heuristic .basis { white-space: pre-line; }
      .heuristic .tag { display: inline-block; margin: 0 0 4px; font-size: 11px; font-weight: 800;
        letter-spacing: .1em; text-transform: uppercase; color: var(--warning);
        background: var(--warning-bg); padding: 1px 8px; border-radius: 999px; }
      .heuristic p { margin: 0; }
      footer { max-width: 1160px; margin: 0 auto; padding: 4px 24px 28px; color: var(--muted);
        font-size: 12.5px; }
      @media print {
        html { background: #fff; }
        .summary { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        .card { box-shadow: none; break-inside: avoid; }
        nav { display: none; }
      }
      @media (max-width: 900px) {
        .counts { grid-template-columns: repeat(3, 1fr); }
        .calendar { grid-template-columns: repeat(3, 1fr); }
        .charts { grid-template-columns: 1fr; }
      }
      """;

  /**
   * Undoes, inside the fragment, what a host page's framework gives to elements and class names
   * the report uses too (Bootstrap in Maven's skins: {@code li}, {@code code}, headings,
   * {@code .label}, {@code .badge}, {@code .lead}). It comes first, so the report's rules win.
   */
  static final String HOST_RESET = """
      li, h1, h2, h3 { color: inherit; line-height: normal; }
      code { color: inherit; background: none; border: 0; border-radius: 0; padding: 0; white-space: normal; }
      .label, .badge, .lead { display: inline; margin: 0; padding: 0; border-radius: 0; background: none;
        color: inherit; font-size: inherit; font-weight: inherit; line-height: inherit; text-shadow: none;
        white-space: normal; vertical-align: baseline; }
      """;

  /**
   * The same rules for the report inside another page: nested (CSS nesting) under the fragment's
   * element, so they style nothing of the host page, with the page's {@code :root} variables set
   * on that element and {@link #HOST_RESET} first. Rules for {@code html}, {@code body} and
   * {@code main} then match nothing: the host page keeps its own.
   */
  static final String FRAGMENT =
      "." + FRAGMENT_CLASS + " {\n" + HOST_RESET + TEXT.replace(":root {", "& {") + "}\n";
}
