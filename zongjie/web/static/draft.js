// Draft page: choose the data (an organisation and period in the store, or a data file), see the draft
// with every figure marked and linked to the data it came from, download the .docx.
"use strict";
(function () {
  var el = zj.el, tip = zj.tooltip();

  function lines(p) {
    var out = [["数据", (p.topic ? p.topic + " › " : "") + p.indicator], ["数值", zj.approx(p.approx) + zj.number(p.value) + " " + p.unit]];
    if (p.target) out.push(["类型", "目标"]);
    if (p.key && p.key !== p.indicator) out.push(["指标名", p.key]);
    if (p.sentence) out.push(["出处", p.sentence]);
    if (p.source) out.push(["文件", zj.sourceName(p.source)]);
    return out;
  }

  // A block's text with each figure's number wrapped in a <mark> (text nodes only, never HTML).
  function block(b, marks) {
    var p = el("p", {class: b.kind}), at = 0;
    b.pieces.slice().sort(function (x, y) { return x.start - y.start; }).forEach(function (piece) {
      if (piece.start < at) return;
      p.append(b.text.slice(at, piece.start));
      var m = el("mark", {"data-i": marks.length, text: b.text.slice(piece.start, piece.end)});
      m.addEventListener("mouseover", function (ev) { tip.show(ev, lines(piece)); });
      m.addEventListener("mousemove", function (ev) { tip.move(ev); });
      m.addEventListener("mouseout", function () { tip.hide(); });
      marks.push({mark: m, piece: piece});
      p.append(m);
      at = piece.end;
    });
    p.append(b.text.slice(at));
    return p;
  }

  function locate(m) {
    document.querySelectorAll("#paper mark.on").forEach(function (o) { o.classList.remove("on"); });
    m.mark.classList.add("on"); m.mark.scrollIntoView({block: "center"});
  }

  // The list of figures is one tab stop: arrow keys move, Enter shows the figure in the draft.
  var factsList = document.getElementById("facts");
  var factList = zj.roving(factsList, function () { return Array.prototype.slice.call(factsList.querySelectorAll("li[data-roving]")); },
    function (li) { li.locate(); }, function (li) { return Array.prototype.indexOf.call(factsList.children, li); });

  function show(draft) {
    var marks = [];
    var paper = document.getElementById("paper");
    paper.replaceChildren.apply(paper, draft.blocks.map(function (b) { return block(b, marks); }));
    document.getElementById("facts-title").textContent = "数字（" + marks.length + "）";
    var facts = document.getElementById("facts");
    facts.replaceChildren.apply(facts, marks.map(function (m) {
      var li = el("li", {"data-roving": "", tabindex: "-1"}, [el("span", {text: m.piece.indicator}), el("span", {class: "v", text: zj.approx(m.piece.approx) + zj.number(m.piece.value) + " " + m.piece.unit})]);
      li.addEventListener("click", function () { locate(m); });
      li.locate = function () { locate(m); };
      return li;
    }));
    factList.reset();
    var review = document.getElementById("review");
    review.replaceChildren.apply(review, (draft.review || []).map(function (r) { return el("li", {text: r}); }));
    document.getElementById("review-title").hidden = !(draft.review || []).length;
    document.getElementById("notes").textContent = draft.notes.join("；");
    document.getElementById("download").href = draft.download;
    document.getElementById("result").hidden = false;
  }

  document.getElementById("ask").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var form = new FormData(), choice = document.getElementById("org").value;
    var data = document.getElementById("data").files[0], like = document.getElementById("like").files[0];
    if (!choice && !data) { zj.say("请选择单位与时期，或上传数据文件。", true); return; }
    if (choice) { var pick = JSON.parse(choice); form.append("org", pick.org); form.append("period", pick.period || ""); }
    if (data) form.append("data", data, data.name);
    if (like) form.append("like", like, like.name);
    zj.say("起草中…");
    document.getElementById("go").disabled = true;
    zj.call("/api/drafts", {method: "POST", body: form}).then(function (draft) {
      zj.say("草稿已生成：" + draft.figures + " 个数字，全部来自数据。");
      show(draft);
    }, function (e) { zj.say(e.message, true); }).then(function () { document.getElementById("go").disabled = false; });
  });

  ["data", "like"].forEach(function (id) {
    var input = document.getElementById(id);
    input.addEventListener("change", function () {
      document.getElementById(id + "-name").textContent = input.files.length ? input.files[0].name : "未选择";
    });
  });

  zj.call("/api/organisations").then(function (list) {
    var select = document.getElementById("org");
    list.forEach(function (o) {
      select.append(el("option", {value: JSON.stringify({org: o.org, period: o.period}),
        text: o.org + " · " + (zj.period(o.period) || "时期不详") + " · " + o.figures + " 个数字"}));
    });
  });
})();
