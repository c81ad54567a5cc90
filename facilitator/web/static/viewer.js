// The room view and a participant's own view, drawn from the room's state alone.
// Time comes from the server: each state says how many seconds were left when it was
// taken and at what server time; the page works out the server's time now from the
// latest messages and its own monotonic clock. It never counts ticks.
// Words come from the server in the session's language (the JSON in #words): every text
// shown goes through t(english), which falls back to the English. People's names are
// only ever set as text (textContent), never as markup.
"use strict";
(() => {
  const page = document.body.dataset.page;
  const $ = (id) => document.getElementById(id);
  const NAME_KEY = "facilitator.viewer.name";
  const STALE_S = 16; // nothing heard for this long: the connection is dead, reconnect
  const MINUS = "\u2212";
  const NBSP = "\u00a0";

  const WORDS = (() => {
    try { return JSON.parse($("words").textContent) || {}; } catch (e) { return {}; }
  })();

  // `english` in the page's language, each {name} replaced by values[name] (in one pass,
  // so a name that contains braces stays as it is)
  function t(english, values) {
    const text = (WORDS.words && WORDS.words[english]) || english;
    if (!values) return text;
    return text.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
  }

  // a "%n" message in the form the language uses for n (the rule comes as a table)
  function tn(english, n) {
    const forms = (WORDS.plurals && WORDS.plurals[english]) ||
      [english.replace("(s)", ""), english.replace("(s)", "s")];
    const table = WORDS.pluralTable;
    let index = n === 1 ? 0 : 1;
    if (table && table.length >= 200) index = n < 200 ? table[n] : table[100 + (n % 100)];
    return forms[Math.min(index, forms.length - 1)].replace("%n", String(n));
  }

  // "A", "A and B", "A, B and C", in the page's language
  function list(items) {
    if (items.length < 2) return items.join("");
    return t("{list} and {last}", { list: items.slice(0, -1).join(", "), last: items[items.length - 1] });
  }

  const pad = (n) => String(n).padStart(2, "0");

  // a planned length as the laptop writes it: "25 min", "6.5 min" ("6,5 min"), "1 h 05 min"
  function minutesText(seconds) {
    const minutes = seconds / 60;
    if (minutes < 60) {
      const whole = Math.round(minutes);
      const n = Math.abs(minutes - whole) < 0.05 ? String(whole)
        : minutes.toFixed(1).replace(".", WORDS.decimal || ".");
      return t("{n} min", { n });
    }
    const all = Math.round(minutes);
    const h = Math.floor(all / 60);
    const m = all % 60;
    return m ? t("{hours} h {minutes} min", { hours: h, minutes: pad(m) }) : t("{n} h", { n: h });
  }

  let snap = null; // {v, at, state}
  let offsets = []; // recent (local monotonic − server send time), seconds
  let heardAt = 0;
  let source = null;
  let retryTimer = null;
  let remembered = null;

  const mono = () => performance.now() / 1000;

  function heard(sent) {
    offsets.push(mono() - sent);
    if (offsets.length > 8) offsets.shift();
    heardAt = mono();
  }

  // The server's wall time now: the smallest offset has the least network delay in it.
  const serverNow = () => mono() - Math.min(...offsets);

  function remaining() {
    const s = snap.state;
    if (s.session_state !== "running") return s.remaining_s;
    return s.remaining_s - Math.max(0, serverNow() - snap.at);
  }

  function countdown(seconds) {
    // as the laptop shows it: rounded up while positive, "0:00" only when time is up
    const negative = seconds < 0;
    const whole = negative ? Math.floor(-seconds) : Math.ceil(seconds - 1e-9);
    const h = Math.floor(whole / 3600);
    const m = Math.floor((whole % 3600) / 60);
    const sec = whole % 60;
    const text = h ? `${h}:${pad(m)}:${pad(sec)}` : `${m}:${pad(sec)}`;
    return negative && whole ? MINUS + text : text;
  }

  function about(seconds) {
    const minutes = Math.round(seconds / 60);
    if (minutes < 1) return t("in less than a minute");
    return t("in about {time}", { time: minutesText(minutes * 60).replace(/ /g, NBSP) });
  }

  function modeWords(s) {
    switch (s.mode) {
      case "not_started": return t("Not started yet");
      case "warning": return tn("%n minute(s) left", s.warn_minutes);
      case "over": return s.session_state === "paused" ? t("Over time · paused") : t("Over time");
      case "paused": return t("Paused");
      case "finished": return t("The session has finished");
      default: return "";
    }
  }

  function roundWords(s) {
    if (s.is_break) return t("Break");
    if (s.round_index === null || s.round_index === undefined) return "";
    return t("Round {n} of {total}", { n: s.round_index + 1, total: s.round_count });
  }

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (cls) node.className = cls;
    node.dir = "auto";
    return node;
  }

  function fill(list, items) {
    list.replaceChildren(...items);
  }

  const CUE = {
    speaks: [t("Speak"), t("Your turn to talk: microphone on")],
    muted: [t("Microphone off"), t("Listen with your microphone off")],
    listens: [t("Listen"), t("Listen; the speaker has the floor")],
    "": ["", ""],
  };
  const BADGE = { speaks: t("speaks"), muted: t("microphone off"), listens: t("listens"), "": "" };

  // -- the clock, redrawn often from the server's time -----------------------------
  function drawClock() {
    if (!snap) return;
    const s = snap.state;
    const clock = $("clock");
    const shown = s.mode === "blank" || s.mode === "finished" ? "" : countdown(remaining());
    if (clock.textContent !== shown) clock.textContent = shown;
    clock.dataset.remaining = String(remaining());
    const over = s.session_state !== "finished" && remaining() < 0;
    clock.classList.toggle("over", over);
    const bar = $("progress");
    if (bar) {
      const used = s.planned_s > 0 ? Math.min(1, (s.planned_s - remaining()) / s.planned_s) : 1;
      bar.style.width = `${Math.max(0, used) * 100}%`;
      bar.classList.toggle("over", over);
    }
    if (page === "me") drawTurn();
  }

  // -- the room page -------------------------------------------------------------------
  function drawRoom() {
    const s = snap.state;
    $("title").textContent = s.format_title;
    $("round").textContent = roundWords(s);
    $("room").hidden = false;
    document.body.dataset.mode = s.mode;
    if (s.mode === "blank") {
      $("phase").textContent = "";
      fill($("roles"), []);
      fill($("rules"), []);
      $("mode").textContent = "";
      $("next").textContent = "";
      return;
    }
    $("phase").textContent = s.phase_name;
    $("mode").textContent = modeWords(s);
    fill($("roles"), s.roles.map((r) => {
      const li = el("li", undefined, `card ${r.cue || "none"}`);
      li.append(el("span", r.name, "role-name"));
      if (BADGE[r.cue]) li.append(el("span", BADGE[r.cue], "badge"));
      const people = el("span", undefined, "people");
      r.people.forEach((person, i) => {  // each name isolated: one name's direction marks stay in it
        if (i) people.append(", ");
        people.append(el("bdi", person));
      });
      li.append(people);
      if (r.instruction) li.append(el("span", r.instruction, "instruction"));
      return li;
    }));
    fill($("rules"), s.rules.map((rule) => el("li", rule)));
    $("next").textContent = s.up_next
      ? t("Next: {name} ({length})", { name: s.up_next.name, length: minutesText(s.up_next.planned_s) })
      : s.session_state === "finished" ? "" : t("Next: the end of the session");
  }

  // -- a participant's page ------------------------------------------------------------
  function loadName() {
    try { return localStorage.getItem(NAME_KEY); } catch (e) { return remembered; }
  }
  function saveName(name) {
    remembered = name;
    try {
      if (name === null) localStorage.removeItem(NAME_KEY);
      else localStorage.setItem(NAME_KEY, name);
    } catch (e) { /* private browsing: remembered for this visit only */ }
  }

  function drawPicker(s, unknown) {
    $("mine").hidden = true;
    $("picker").hidden = false;
    $("change").hidden = true;
    $("who").textContent = "";
    $("picker-note").textContent = unknown
      ? t("“{name}” is not in this session. Pick your name.", { name: unknown })
      : t("Pick your name once; this browser remembers it.");
    fill($("names"), s.people.map((person) => {
      const li = el("li");
      const button = el("button", person, "name");
      button.type = "button";
      button.addEventListener("click", () => { saveName(person); draw(); });
      li.append(button);
      return li;
    }));
  }

  const RANK = { speaks: 3, muted: 2, listens: 1, "": 0 };

  function drawMine() {
    const s = snap.state;
    const name = loadName();
    if (!name || !s.people.includes(name)) {
      drawPicker(s, name && !s.people.includes(name) ? name : null);
      return;
    }
    $("picker").hidden = true;
    $("mine").hidden = false;
    $("change").hidden = false;
    $("who").textContent = name;
    document.body.dataset.mode = s.mode;
    const mine = s.roles.filter((r) => r.people.includes(name));
    const top = mine.reduce((a, r) => (!a || RANK[r.cue] > RANK[a.cue] ? r : a), null);
    const cue = top && s.mode !== "finished" && s.mode !== "not_started" ? top.cue : "";
    const box = $("cue");
    box.className = `cue ${cue || "none"}`;
    let [word, words] = CUE[cue];
    if (s.mode === "finished") [word, words] = [t("Finished"), t("Thank you")];
    else if (s.mode === "not_started") [word, words] = [t("Soon"), t("The session has not started yet")];
    else if (!cue) [word, words] = [top ? top.name : t("No role now"), top ? "" : t("Nothing to do in this phase")];
    $("cue-word").textContent = word;
    $("cue-words").textContent = words;
    const round = roundWords(s);
    const roles = mine.length ? t("You are {roles}", { roles: list(mine.map((r) => r.in_sentence || r.name)) }) : "";
    $("role").textContent = [roles, round].filter(Boolean).join(" · ");
    $("todo").textContent = mine.map((r) => r.instruction).filter(Boolean).join(" ");
    $("phase").textContent = s.mode === "blank" ? "" : s.phase_name;
    $("mode").textContent = modeWords(s);
    drawTurn();
  }

  function drawTurn() {
    const s = snap.state;
    const name = loadName();
    if (!name || $("mine").hidden) return;
    let turn = "";
    let next = "";
    if (s.session_state !== "finished") {
      const left = Math.max(0, remaining());
      const ahead = (s.rounds_ahead || []);
      const mineAhead = ahead.find((r) => r.holder === name);
      if (s.round_holder === name && s.round_index !== null) turn = t("Your turn is now: this round is yours");
      else if (mineAhead) {
        turn = t("Your turn: round {n}, {when}",
          { n: mineAhead.round_index + 1, when: about(left + mineAhead.starts_after_s) });
      } else if (ahead.length) turn = t("Your turn does not come in the rounds ahead");
      if (ahead.length) {
        const roles = ahead[0].roles.filter((r) => r.people.includes(name)).map((r) => r.in_sentence || r.name);
        next = t("Round {n} ({when}): {what}", {
          n: ahead[0].round_index + 1,
          when: about(left + ahead[0].starts_after_s),
          what: roles.length ? t("you are {roles}", { roles: list(roles) }) : t("no role for you"),
        });
      }
    }
    if ($("turn").textContent !== turn) $("turn").textContent = turn;
    if ($("next-round").textContent !== next) $("next-round").textContent = next;
  }

  function draw() {
    if (!snap) return;
    if (page === "me") drawMine(); else drawRoom();
    drawClock();
  }

  // -- the connection --------------------------------------------------------------------
  function status(text, live) {
    const node = $("status");
    node.textContent = text;
    node.className = live ? "live" : "down";
  }

  function connect() {
    clearTimeout(retryTimer);
    if (source) source.close();
    source = new EventSource("events");
    heardAt = mono();
    source.addEventListener("open", () => status(t("Live"), true));
    source.addEventListener("state", (event) => {
      const data = JSON.parse(event.data);
      heard(data.sent);
      snap = data;
      document.body.dataset.version = String(data.v);
      status(t("Live"), true);
      draw();
    });
    source.addEventListener("beat", (event) => heard(JSON.parse(event.data).sent));
    source.addEventListener("error", () => {
      status(t("Reconnecting…"), false);
      if (source.readyState === EventSource.CLOSED) retryTimer = setTimeout(connect, 3000);
    });
  }

  function watch() {
    if (mono() - heardAt > STALE_S) {
      status(t("Reconnecting…"), false);
      connect(); // a silent connection (a phone woke up, the Wi-Fi changed): start again
    }
    drawClock();
  }

  if (page === "me") {
    $("change").addEventListener("click", () => { saveName(null); draw(); });
  }
  if (new URLSearchParams(location.search).has("lang") && WORDS.lang) {
    $("other-page").search = `?lang=${encodeURIComponent(WORDS.lang)}`; // the other page alike
  }
  connect();
  setInterval(watch, 200);
  document.addEventListener("visibilitychange", () => { if (!document.hidden) watch(); });
})();
