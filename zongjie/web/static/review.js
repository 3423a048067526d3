// Review page: the document as `zongjie show` draws it (in a frame), its figures as a table beside,
// filters by topic, indicator and target/achieved, a click scrolls to the figure, and corrections.
"use strict";
(function () {
  var el = zj.el, figures = [], editing = null, current = null;
  var view = document.getElementById("view"), docs = document.getElementById("doc");
  var fTopic = document.getElementById("f-topic"), fInd = document.getElementById("f-indicator"), fKind = document.getElementById("f-kind");

  // The frame is the `show` page; its own side list is replaced by the table here.
  view.addEventListener("load", function () {
    var d = view.contentDocument;
    if (!d || !d.head) return;
    var style = d.createElement("style");
    style.textContent = "aside, header.page { display: none !important; } main { grid-template-columns: minmax(0, 1fr) !important; }" +
      " .flash { outline: 3px solid #b4232a !important; }";
    d.head.appendChild(style);
  });

  function go(n) {
    var d = view.contentDocument, mark = d && d.getElementById("f" + n);
    if (!mark) return;
    mark.scrollIntoView({block: "center"});
    mark.classList.add("flash");
    setTimeout(function () { mark.classList.remove("flash"); }, 1600);
  }

  function pick(tr) {
    document.querySelectorAll("#figures tr.on").forEach(function (r) { r.classList.remove("on"); });
    tr.classList.add("on"); go(Number(tr.getAttribute("data-n")));
  }

  // The table is one tab stop: arrow keys move between figures, Enter scrolls the document to one,
  // Tab reaches that figure's 更正 button (not all of them).
  var body = document.querySelector("#figures tbody");
  var rows = zj.roving(body, function () { return Array.prototype.slice.call(body.querySelectorAll("tr[data-roving]")); },
    pick, function (tr) { return tr.getAttribute("data-key"); });

  function kind(f) { return f.target ? el("span", {class: "badge target", text: "目标"}) : el("span", {class: "badge", text: "实际"}); }

  function draw() {
    var needle = fInd.value.trim(), topic = fTopic.value, want = fKind.value;
    var shown = figures.filter(function (f) {
      if (topic && f.topic !== topic) return false;
      if (want === "target" && !f.target) return false;
      if (want === "actual" && f.target) return false;
      return !needle || (f.indicator || "").indexOf(needle) >= 0 || (f.canonical || "").indexOf(needle) >= 0 || (f.text || "").indexOf(needle) >= 0;
    });
    var body = document.querySelector("#figures tbody");
    body.replaceChildren.apply(body, shown.map(function (f) {
      var fix = el("button", {type: "button", class: "fix", "aria-label": "更正：" + (f.indicator || f.text || "") + " " + zj.number(f.value) + (f.unit || ""), text: "更正"});
      fix.addEventListener("click", function (ev) { ev.stopPropagation(); open(f); });
      var tr = el("tr", {class: "pick", "data-n": f.n, "data-key": f.key, "data-roving": "", tabindex: "-1"}, [
        el("td", {class: "ind", title: f.sentence || "", text: f.indicator || f.text || ""}),
        el("td", {class: "num", text: zj.approx(f.approx) + zj.number(f.value)}),
        el("td", {text: f.unit || ""}),
        el("td", {}, [kind(f), f.corrected ? el("span", {class: "badge fixed", text: "已更正"}) : null]),
        el("td", {class: "muted", text: f.topic || ""}),
        el("td", {}, [fix])
      ]);
      tr.addEventListener("click", function () { pick(tr); });
      return tr;
    }));
    rows.reset();
    document.getElementById("count").textContent = "显示 " + shown.length + " / " + figures.length + " 个数字";
  }

  function load(key, keepScroll) {
    current = key;
    history.replaceState(null, "", "/review?doc=" + key);
    document.getElementById("export-xlsx").href = "/api/export?format=xlsx&document=" + key;
    document.getElementById("export-csv").href = "/api/export?format=csv&document=" + key;
    var y = keepScroll && view.contentWindow ? view.contentWindow.scrollY : 0;
    view.onload = function () { if (y) view.contentWindow.scrollTo(0, y); };
    view.src = "/api/documents/" + key + "/page";
    return zj.call("/api/documents/" + key + "/figures").then(function (data) {
      figures = data.figures;
      var chosen = fTopic.value;
      fTopic.replaceChildren(el("option", {value: "", text: "全部主题"}));
      data.topics.forEach(function (t) { fTopic.append(el("option", {value: t, text: t})); });
      fTopic.value = data.topics.indexOf(chosen) >= 0 ? chosen : "";
      draw();
    }, function (e) { zj.say(e.message, true); });
  }

  function open(f) {
    editing = f;
    document.getElementById("edit-sentence").textContent = f.sentence || f.text || "";
    document.getElementById("e-value").value = f.value === null ? "" : f.value;
    document.getElementById("e-unit").value = f.unit || "";
    document.getElementById("e-indicator").value = f.indicator || "";
    document.getElementById("e-target").checked = !!f.target;
    document.getElementById("edit-error").textContent = "";
    document.getElementById("edit-undo").hidden = !f.corrected;
    document.getElementById("edit").showModal();
  }

  function after(message) {
    document.getElementById("edit").close();
    zj.say(message);
    load(current, true).then(function () { rows.focus(); });
  }

  document.getElementById("edit-undo").addEventListener("click", function () {
    zj.postJSON("/api/figures/" + encodeURIComponent(editing.key) + "/undo", {}).then(function () {
      after("已撤销上次更正（更正记录仍保留）。");
    }, function (e) { document.getElementById("edit-error").textContent = e.message; });
  });

  document.getElementById("edit-cancel").addEventListener("click", function () { document.getElementById("edit").close(); rows.focus(); });
  document.getElementById("edit-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var raw = document.getElementById("e-value").value;
    var fix = {
      value: raw === "" ? null : Number(raw),
      unit: document.getElementById("e-unit").value.trim() || null,
      indicator: document.getElementById("e-indicator").value.trim() || null,
      target: document.getElementById("e-target").checked
    };
    zj.postJSON("/api/figures/" + encodeURIComponent(editing.key) + "/correction", fix).then(function () {
      after("已保存更正：导出、比较和起草都以更正后的数字为准。");
    }, function (e) { document.getElementById("edit-error").textContent = e.message; });
  });

  [fTopic, fKind].forEach(function (s) { s.addEventListener("change", draw); });
  fInd.addEventListener("input", draw);
  docs.addEventListener("change", function () { load(docs.value); });

  zj.call("/api/documents").then(function (list) {
    if (!list.length) { zj.say("库中还没有文档：先到“上传”页上传总结。"); return; }
    list.forEach(function (d) {
      docs.append(el("option", {value: d.key, text: zj.sourceName(d.source) + (d.orgs ? "（" + d.orgs + "）" : "") + " · " + d.figures + " 个数字"}));
    });
    var wanted = zj.query("doc");
    docs.value = list.some(function (d) { return d.key === wanted; }) ? wanted : list[list.length - 1].key;
    load(docs.value);
  }, function (e) { zj.say(e.message, true); });
})();
