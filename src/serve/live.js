// rungs serve: reloads this page when the content is rebuilt, and shows what is wrong when an
// edit breaks it. Injected by the preview server only; never part of a build.
(function () {
  "use strict";
  var me = document.currentScript;
  var generation = Number(me && me.getAttribute("data-generation")) || 0;
  var zh = (document.documentElement.lang || "").toLowerCase().indexOf("zh") === 0;
  var words = zh
    ? {
        title: function (n) { return "内容有 " + n + " 处错误，页面仍是上一次成功构建的结果"; },
        fix: "修改文件并保存后，此提示会自动消失。",
        close: "关闭",
        help: "建议",
        lost: "预览服务器已停止：重新运行 rungs serve 后此页会自动刷新。"
      }
    : {
        title: function (n) { return n + (n === 1 ? " error" : " errors") + " in the content: these are the last good pages"; },
        fix: "Fix the file and save it: this message goes away by itself.",
        close: "Close",
        help: "help",
        lost: "The preview server stopped: this page reloads when rungs serve runs again."
      };
  var overlay = null;

  function el(tag, css, text) {
    var node = document.createElement(tag);
    if (css) node.style.cssText = css;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function clear() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  function place(d) {
    var where = d.path || d.file || "";
    if (d.line) where += ":" + d.line + (d.column ? ":" + d.column : "");
    return where;
  }

  function show(problems) {
    clear();
    if (!problems || !problems.errors) return;
    overlay = el("div",
      "position:fixed;inset:0;z-index:2147483647;background:rgba(20,20,24,.55);overflow:auto;" +
      "font:15px/1.5 system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;color:#1b1b1f");
    overlay.id = "rungs-problems";
    overlay.setAttribute("role", "alertdialog");
    overlay.setAttribute("aria-live", "assertive");
    var panel = el("div",
      "max-width:56rem;margin:2rem auto;background:#fff;border-top:6px solid #c62828;" +
      "border-radius:6px;box-shadow:0 8px 32px rgba(0,0,0,.35);padding:1.25rem 1.5rem");
    var head = el("div", "display:flex;gap:1rem;align-items:flex-start;justify-content:space-between");
    var title = el("h2", "margin:0;padding:0;border:0;font-size:1.15rem;line-height:1.4;color:#b71c1c", words.title(problems.errors));
    title.id = "rungs-problems-title";
    overlay.setAttribute("aria-labelledby", title.id);
    var close = el("button",
      "flex-shrink:0;white-space:nowrap;border:1px solid #999;background:#f5f5f5;color:#1b1b1f;border-radius:4px;padding:.2rem .7rem;cursor:pointer;font:inherit",
      words.close);
    close.type = "button";
    close.addEventListener("click", clear);
    head.append(title, close);
    panel.append(head, el("p", "margin:.4rem 0 1rem;color:#555", words.fix));
    var list = el("ol", "margin:0;padding:0;list-style:none");
    problems.diagnostics.forEach(function (d) {
      var item = el("li", "border-top:1px solid #e0e0e0;padding:.8rem 0");
      var where = place(d);
      if (where) item.append(el("div", "font:600 14px/1.4 ui-monospace,Menlo,Consolas,monospace;color:#0d47a1;word-break:break-all", where));
      item.append(el("div", "margin:.25rem 0;font-weight:600", d.message + (d.code ? "  [" + d.code + "]" : "")));
      if (d.excerpt !== null && d.excerpt !== undefined) {
        // The source line, with the value the diagnostic points at marked (a caret would slip
        // under wide CJK characters).
        var code = el("pre", "margin:.3rem 0;padding:.5rem .7rem;background:#f6f6f8;border-radius:4px;overflow:auto;white-space:pre-wrap;word-break:break-all;font:13px/1.45 ui-monospace,Menlo,Consolas,monospace");
        code.append(el("span", "color:#5a5a5a;user-select:none", d.line + " | "));
        var chars = Array.from(d.excerpt);
        var start = d.column ? Math.min(chars.length, d.column - 1) : chars.length;
        var end = start;
        while (end < chars.length && !/[\s,\]}]/.test(chars[end])) end++;
        code.append(document.createTextNode(chars.slice(0, start).join("")));
        if (end > start) {
          code.append(el("mark", "background:#ffd7d7;color:#8b0000;text-decoration:underline wavy #c62828;text-underline-offset:3px", chars.slice(start, end).join("")));
        }
        code.append(document.createTextNode(chars.slice(end).join("")));
        item.append(code);
      }
      if (d.help) item.append(el("div", "color:#2e7d32", "= " + words.help + ": " + d.help));
      list.append(item);
    });
    panel.append(list);
    overlay.append(panel);
    document.body.append(overlay);
  }

  function banner(text) {
    var note = document.getElementById("rungs-offline");
    if (!text) { if (note) note.remove(); return; }
    if (note) return;
    note = el("div",
      "position:fixed;left:1rem;bottom:1rem;z-index:2147483647;background:#333;color:#fff;" +
      "padding:.5rem .8rem;border-radius:4px;font:14px/1.4 system-ui,sans-serif", text);
    note.id = "rungs-offline";
    document.body.append(note);
  }

  var events = new EventSource("/__rungs/events");
  events.addEventListener("state", function (e) {
    banner(null);
    var state = JSON.parse(e.data);
    if (state.generation > 0 && state.generation !== generation) {
      window.location.reload();
      return;
    }
    show(state.problems);
  });
  events.addEventListener("reload", function () { window.location.reload(); });
  events.addEventListener("problems", function (e) { show(JSON.parse(e.data)); });
  events.addEventListener("error", function () { banner(words.lost); });
})();
