// Compare page: an indicator in, the ranked table and chart of organisations out, audit findings beside.
"use strict";
(function () {
  var el = zj.el;

  function share(v) { return v === null || v === undefined ? "" : (100 * v).toFixed(1) + "%"; }

  function table(result) {
    var kind = result.targets ? "目标" : "实际";
    document.getElementById("table-title").textContent = result.wording + "（" + kind + "）· " + result.rows.length + " 个单位";
    var body = document.querySelector("#rows tbody");
    body.replaceChildren.apply(body, result.rows.map(function (r, i) {
      var value = zj.approx(r.approx) + zj.number(r.value) + (r.upper !== null && r.upper !== undefined ? "–" + zj.number(r.upper) : "");
      return el("tr", {}, [
        el("td", {class: "num", text: i + 1}), el("td", {text: r.org}), el("td", {text: zj.period(r.period)}),
        el("td", {class: "num", text: value}), el("td", {text: r.unit || ""}),
        el("td", {title: r.sentence || "", text: r.indicator || ""}), el("td", {class: "num", text: share(r.share)}),
        el("td", {class: "muted", title: r.sentence || "", text: zj.sourceName(r.source)})
      ]);
    }));
    document.getElementById("table-card").hidden = false;
  }

  function findings(list) {
    var ul = document.getElementById("findings");
    document.getElementById("findings-title").textContent = "审计发现（" + list.length + "）";
    document.getElementById("findings-hint").textContent = list.length ? "总结自己的数字彼此对不上的地方：" : "没有发现对不上的算术。";
    ul.replaceChildren.apply(ul, list.map(function (f) {
      return el("li", {}, [
        el("span", {class: "badge" + (f.severity === "error" ? " bad" : " target"), text: f.severity === "error" ? "错误" : "提示"}), " ",
        el("strong", {text: f.org || zj.sourceName(f.source)}), " ", el("span", {text: f.message}),
        el("div", {class: "muted", text: f.sentence})
      ]);
    }));
  }

  function run(indicator, targets) {
    var q = "indicator=" + encodeURIComponent(indicator) + "&targets=" + targets;
    history.replaceState(null, "", "/compare?" + q);
    zj.say("比较中…");
    zj.call("/api/compare?" + q).then(function (result) {
      zj.say(result.rows.length ? "" : "库中没有总结写到“" + indicator + "”" + (targets ? "的目标" : "") + "。");
      table(result); findings(result.findings);
      var chartCard = document.getElementById("chart-card");
      chartCard.hidden = !result.rows.some(function (r) { return r.comparable_value !== null; });
      if (!chartCard.hidden) document.getElementById("chart").src = "/api/compare/chart.png?" + q + "&t=" + Date.now();
    }, function (e) { zj.say(e.message, true); });
  }

  document.getElementById("ask").addEventListener("submit", function (ev) {
    ev.preventDefault();
    run(document.getElementById("indicator").value.trim(), document.getElementById("targets").checked);
  });
  zj.call("/api/indicators").then(function (list) {
    var dl = document.getElementById("indicators");
    list.forEach(function (i) { dl.append(el("option", {value: i.indicator, label: i.orgs + " 个单位 · " + i.figures + " 个数字"})); });
  });
  var asked = zj.query("indicator");
  if (asked) {
    document.getElementById("indicator").value = asked;
    document.getElementById("targets").checked = zj.query("targets") === "true";
    run(asked, zj.query("targets") === "true");
  }
})();
