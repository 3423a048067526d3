// Hover tooltips and the side list for `zongjie show`. Data: the JSON in #zongjie-data.
(function () {
  var data = JSON.parse(document.getElementById("zongjie-data").textContent);
  var tip = document.getElementById("tip");
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c]; }); }
  function rows(obj) {
    var html = "<table>";
    Object.keys(obj).forEach(function (k) {
      var v = obj[k];
      if (v === null || v === undefined || v === "" || v === false) return;
      html += "<tr><td>" + esc(k) + "</td><td>" + esc(typeof v === "object" ? JSON.stringify(v) : v) + "</td></tr>";
    });
    return html + "</table>";
  }
  function show(ev, html) { tip.innerHTML = html; tip.style.display = "block"; move(ev); }
  function move(ev) {
    var x = ev.clientX + 14, y = ev.clientY + 14;
    if (x + tip.offsetWidth > window.innerWidth) x = ev.clientX - tip.offsetWidth - 10;
    if (y + tip.offsetHeight > window.innerHeight) y = ev.clientY - tip.offsetHeight - 10;
    tip.style.left = x + "px"; tip.style.top = y + "px";
  }
  document.addEventListener("mouseover", function (ev) {
    var el = ev.target.closest("[data-f],[data-a]");
    if (!el) { tip.style.display = "none"; return; }
    var parts = [];
    if (el.dataset.f) el.dataset.f.split(" ").forEach(function (i) { parts.push("<b>数字</b>" + rows(data.figures[i])); });
    if (el.dataset.a) el.dataset.a.split(" ").forEach(function (i) { parts.push("<b>活动</b>" + rows(data.activities[i])); });
    show(ev, parts.join("<hr>"));
  });
  document.addEventListener("mousemove", function (ev) { if (tip.style.display === "block") move(ev); });
  document.querySelectorAll("aside li[data-go]").forEach(function (li) {
    li.addEventListener("click", function () {
      var el = document.getElementById(li.dataset.go);
      if (!el) return;
      el.scrollIntoView({behavior: "smooth", block: "center"});
      el.classList.add("flash");
      setTimeout(function () { el.classList.remove("flash"); }, 1400);
    });
  });
})();
