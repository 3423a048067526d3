// Upload page: files or folders in (drop or pick), a progress bar while they are sent and then read,
// one row per file with what was found or why it could not be read.
"use strict";
(function () {
  var el = zj.el, limits = null;
  var drop = document.getElementById("drop"), files = document.getElementById("files"), folder = document.getElementById("folder");

  function library() {
    zj.call("/api/documents").then(function (docs) {
      var body = document.querySelector("#library tbody");
      body.replaceChildren.apply(body, docs.map(function (d) {
        return el("tr", {}, [
          el("td", {text: zj.sourceName(d.source)}), el("td", {text: d.orgs || ""}),
          el("td", {class: "num", text: d.articles}), el("td", {class: "num", text: d.figures}),
          el("td", {class: "muted", text: d.added}),
          el("td", {}, [el("a", {href: "/review?doc=" + d.key, text: "审阅"})])
        ]);
      }));
      if (!docs.length) body.append(el("tr", {}, [el("td", {colspan: "6", class: "muted", text: "库中还没有文档。"})]));
    }, function (e) { zj.say(e.message, true); });
  }

  function progress(phase, done, total, percent) {
    document.getElementById("progress").hidden = false;
    document.getElementById("phase").textContent = phase;
    document.getElementById("counts").textContent = total ? "已处理 " + done + " / " + total + " 个文件" : "";
    document.getElementById("bar-progress").value = percent;
  }

  function rows(status) {
    document.getElementById("result-card").hidden = false;
    var body = document.querySelector("#results tbody");
    var label = {waiting: "等待", reading: "读取中…", done: "完成", failed: "无法读取"};
    body.replaceChildren.apply(body, status.files.map(function (f) {
      var state = el("span", {class: "badge" + (f.state === "failed" ? " bad" : f.state === "done" ? " fixed" : ""),
        text: f.duplicate && f.state === "done" ? "重复" : label[f.state]});
      var errors = el("td", {class: "error"}, f.errors.concat(f.notes || []).map(function (e) { return el("div", {text: e}); }));
      var link = f.keys.length ? el("a", {href: "/review?doc=" + f.keys[0], text: "审阅"}) : null;
      return el("tr", {"data-state": f.state}, [el("td", {text: f.name}), el("td", {}, [state]),
        el("td", {class: "num", text: f.articles}), el("td", {class: "num", text: f.figures}), errors, el("td", {}, [link])]);
    }));
  }

  function poll(id) {
    zj.call("/api/jobs/" + id).then(function (status) {
      rows(status);
      progress(status.finished ? "完成" : "读取与提取中", status.done, status.total, 100 * status.done / Math.max(status.total, 1));
      if (!status.finished) { setTimeout(function () { poll(id); }, 400); return; }
      var failed = status.files.filter(function (f) { return f.state === "failed"; }).length;
      var figures = status.files.reduce(function (n, f) { return n + f.figures; }, 0);
      zj.say("完成：" + status.total + " 个文件，提取 " + figures + " 个数字" + (failed ? "；" + failed + " 个文件无法读取（见下表）" : "。"), failed > 0);
      library();
    }, function (e) { zj.say(e.message, true); });
  }

  function send(list) {
    if (!list.length) return;
    var total = list.reduce(function (n, f) { return n + f.file.size; }, 0);
    if (limits && total > limits.max_upload_bytes) {
      zj.say("上传内容超过 " + limits.limit_label + " 的上限，请分批上传或压缩后再试。", true);
      return;
    }
    zj.say("");
    var form = new FormData();
    list.forEach(function (f) { form.append("files", f.file, f.name); });
    var xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/uploads");
    xhr.upload.onprogress = function (ev) { if (ev.lengthComputable) progress("上传中", 0, 0, 100 * ev.loaded / ev.total); };
    xhr.onload = function () {
      var body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
      if (xhr.status !== 200) { zj.say((body && body.detail) || "上传失败（HTTP " + xhr.status + "）", true); return; }
      rows(body); poll(body.id);
    };
    xhr.onerror = function () { zj.say("上传失败：连接中断（文件是否超过 " + (limits ? limits.limit_label : "上限") + "？）", true); };
    progress("上传中", 0, 0, 0);
    xhr.send(form);
  }

  // A dropped folder arrives as entries: walk it, keeping each file's path inside the folder.
  function walk(entry, path, out) {
    return new Promise(function (done) {
      if (entry.isFile) { entry.file(function (f) { out.push({file: f, name: path + f.name}); done(); }, function () { done(); }); return; }
      var reader = entry.createReader(), all = [];
      (function more() {
        reader.readEntries(function (batch) {
          if (!batch.length) { Promise.all(all.map(function (e) { return walk(e, path + entry.name + "/", out); })).then(done); return; }
          all = all.concat(Array.prototype.slice.call(batch)); more();
        }, function () { done(); });
      })();
    });
  }

  drop.addEventListener("dragover", function (ev) { ev.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", function () { drop.classList.remove("over"); });
  drop.addEventListener("drop", function (ev) {
    ev.preventDefault(); drop.classList.remove("over");
    var items = Array.prototype.slice.call(ev.dataTransfer.items || []), out = [];
    var entries = items.map(function (i) { return i.webkitGetAsEntry && i.webkitGetAsEntry(); }).filter(Boolean);
    if (!entries.length) { send(Array.prototype.map.call(ev.dataTransfer.files, function (f) { return {file: f, name: f.name}; })); return; }
    Promise.all(entries.map(function (e) { return walk(e, "", out); })).then(function () { send(out); });
  });
  [files, folder].forEach(function (input) {
    input.addEventListener("change", function () {
      send(Array.prototype.map.call(input.files, function (f) { return {file: f, name: f.webkitRelativePath || f.name}; }));
      input.value = "";
    });
  });

  zj.call("/api/settings").then(function (s) {
    limits = s;
    document.getElementById("limits").textContent = "单次上传不超过 " + s.limit_label + "。可读格式：" + s.document_suffixes.join(" ");
  });
  library();
})();
