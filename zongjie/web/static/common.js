// What every page of the workbench shares: the top bar, JSON calls with Chinese errors, small DOM helpers.
// Text from documents is only ever put into the page with textContent, never as HTML.
"use strict";
var zj = (function () {
  var PAGES = [["upload", "上传"], ["review", "审阅"], ["compare", "比较"], ["draft", "起草"]];

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "class") node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c !== null && c !== undefined) node.append(c); });
    return node;
  }

  function bar() {
    var here = location.pathname.replace(/^\//, "") || "upload";
    var nav = el("nav", {}, PAGES.map(function (p) {
      return el("a", {href: "/" + p[0], class: p[0] === here ? "on" : "", text: p[1]});
    }));
    var brand = el("div", {class: "brand"}, ["总结", el("small", {text: "工作总结数字工作台"})]);
    document.getElementById("bar").replaceChildren(brand, nav);
  }

  function reason(res, body) {
    if (body && typeof body.detail === "string") return body.detail;
    if (body && Array.isArray(body.detail)) return "输入有误：" + body.detail.map(function (d) { return d.msg; }).join("；");
    return "请求失败（HTTP " + res.status + "）";
  }

  // fetch → JSON, or an Error whose message is the server's Chinese reason.
  function call(url, options) {
    return fetch(url, options).then(function (res) {
      return res.text().then(function (text) {
        var body = null;
        try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
        if (!res.ok) throw new Error(reason(res, body));
        return body;
      });
    }, function () { throw new Error("无法连接工作台服务（是否已停止？）"); });
  }

  function postJSON(url, data) {
    return call(url, {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(data)});
  }

  function say(text, isError) {
    var box = document.getElementById("message");
    if (!box) return;
    box.textContent = text || "";
    box.className = isError ? "error" : "muted";
  }

  function number(v) {
    if (v === null || v === undefined || v === "") return "___";
    return typeof v === "number" ? v.toLocaleString("zh-CN", {maximumFractionDigits: 4}) : String(v);
  }

  // 近30万元 is "under": a prefix in words, not a sign that reads as negative.
  function approx(a) { return {over: "超", under: "近", about: "约"}[a] || ""; }

  // 各县.csv#row=0 → 各县.csv 第1行, 页.html#article=1 → 页.html 第2篇 (corpus.records.source_label).
  function sourceName(s) {
    return String(s || "").replace(/#(row|article)=(\d+)/g, function (_, kind, n) {
      return " 第" + (Number(n) + 1) + (kind === "row" ? "行" : "篇");
    });
  }

  // 2025H1 → 2025年上半年, 2025Q3 → 2025年第三季度, 2025 → 2025年 (corpus.periods.period_label).
  function period(p) {
    var m = /^(\d{4})(?:(H[12])|Q([1-4]))?$/.exec(String(p || ""));
    if (!m) return p ? String(p) : "";
    if (m[2]) return m[1] + "年" + (m[2] === "H1" ? "上半年" : "下半年");
    if (m[3]) return m[1] + "年第" + "一二三四"[Number(m[3]) - 1] + "季度";
    return m[1] + "年";
  }

  function query(name) { return new URLSearchParams(location.search).get(name); }

  // A dark tooltip that follows the mouse; lines are [label, value] pairs, shown as text.
  function tooltip() {
    var tip = document.getElementById("tip") || document.body.appendChild(el("div", {id: "tip"}));
    return {
      show: function (ev, lines) {
        tip.replaceChildren.apply(tip, lines.map(function (l) {
          return el("div", {}, [el("b", {text: l[0] + "："}), String(l[1])]);
        }));
        tip.style.display = "block";
        this.move(ev);
      },
      move: function (ev) {
        var x = ev.clientX + 14, y = ev.clientY + 14;
        if (x + tip.offsetWidth > innerWidth) x = ev.clientX - tip.offsetWidth - 10;
        if (y + tip.offsetHeight > innerHeight) y = ev.clientY - tip.offsetHeight - 10;
        tip.style.left = x + "px"; tip.style.top = y + "px";
      },
      hide: function () { tip.style.display = "none"; }
    };
  }

  // One tab stop for a list of items (rows of a table, entries of a list): the current item and its own
  // buttons are in the tab order, the rest are reached with the arrow keys (Home, End too); Enter or Space
  // on an item activates it. ``items()`` gives the items in order; ``keep`` is how an item is known again
  // after the list is redrawn.
  function roving(container, items, activate, keep) {
    var current = null;
    function set(item, focus) {
      items().forEach(function (it) {
        var on = it === item;
        it.tabIndex = on ? 0 : -1;
        it.querySelectorAll("button, a, input").forEach(function (b) { b.tabIndex = on ? 0 : -1; });
      });
      current = item ? keep(item) : null;
      if (item && focus) item.focus();
    }
    container.addEventListener("keydown", function (ev) {
      var list = items(), item = ev.target.closest && ev.target.closest("[data-roving]");
      if (!item || list.indexOf(item) < 0) return;
      var i = list.indexOf(item), next = null;
      if (ev.key === "ArrowDown") next = list[Math.min(i + 1, list.length - 1)];
      else if (ev.key === "ArrowUp") next = list[Math.max(i - 1, 0)];
      else if (ev.key === "Home") next = list[0];
      else if (ev.key === "End") next = list[list.length - 1];
      else if ((ev.key === "Enter" || ev.key === " ") && ev.target === item) { ev.preventDefault(); activate(item); return; }
      if (next) { ev.preventDefault(); set(next, true); }
    });
    container.addEventListener("focusin", function (ev) {
      var item = ev.target.closest && ev.target.closest("[data-roving]");
      if (item && items().indexOf(item) >= 0 && keep(item) !== current) set(item, false);
    });
    return {
      // After a redraw: the same item as before if it is still there, else the first.
      reset: function () {
        var list = items();
        set(list.filter(function (it) { return keep(it) === current; })[0] || list[0] || null, false);
      },
      focus: function () {
        var list = items(), it = list.filter(function (x) { return keep(x) === current; })[0] || list[0];
        if (it) it.focus();
      }
    };
  }

  document.addEventListener("DOMContentLoaded", bar);
  return {el: el, call: call, postJSON: postJSON, say: say, number: number, approx: approx, sourceName: sourceName, period: period, roving: roving, query: query, tooltip: tooltip};
})();
