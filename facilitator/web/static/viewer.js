// The room view and a participant's own view, drawn from the room's state alone.
// Time comes from the server: each state says how many seconds were left when it was
// taken and at what server time; the page works out the server's time now from the
// latest messages and its own monotonic clock. It never counts ticks.
"use strict";
(() => {
  const page = document.body.dataset.page;
  const $ = (id) => document.getElementById(id);
  const NAME_KEY = "facilitator.viewer.name";
  const STALE_S = 16; // nothing heard for this long: the connection is dead, reconnect
  const MINUS = "\u2212";

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
    const pad = (n) => String(n).padStart(2, "0");
    const text = h ? `${h}:${pad(m)}:${pad(sec)}` : `${m}:${pad(sec)}`;
    return negative && whole ? MINUS + text : text;
  }

  function about(seconds) {
    const minutes = Math.round(seconds / 60);
    if (minutes < 1) return "in less than a minute";
    if (minutes < 60) return `in about ${minutes}\u00a0min`;
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return m ? `in about ${h}\u00a0h ${String(m).padStart(2, "0")}\u00a0min` : `in about ${h}\u00a0h`;
  }

  function modeWords(s) {
    switch (s.mode) {
      case "not_started": return "Not started yet";
      case "warning": return s.warn_minutes === 1 ? "1 minute left" : `${s.warn_minutes} minutes left`;
      case "over": return s.session_state === "paused" ? "Over time · paused" : "Over time";
      case "paused": return "Paused";
      case "finished": return "The session has finished";
      default: return "";
    }
  }

  function roundWords(s) {
    if (s.is_break) return "Break";
    if (s.round_index === null || s.round_index === undefined) return "";
    return `Round ${s.round_index + 1} of ${s.round_count}`;
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
    speaks: ["Speak", "Your turn to talk: microphone on"],
    muted: ["Microphone off", "Listen with your microphone off"],
    listens: ["Listen", "Listen; the speaker has the floor"],
    "": ["", ""],
  };
  const BADGE = { speaks: "speaks", muted: "microphone off", listens: "listens", "": "" };

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
      ? `Next: ${s.up_next.name} (${Math.round(s.up_next.planned_s / 60)} min)`
      : s.session_state === "finished" ? "" : "Next: the end of the session";
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
      ? `“${unknown}” is not in this session. Pick your name.`
      : "Pick your name once; this browser remembers it.";
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
    if (s.mode === "finished") [word, words] = ["Finished", "Thank you"];
    else if (s.mode === "not_started") [word, words] = ["Soon", "The session has not started yet"];
    else if (!cue) [word, words] = [top ? top.name : "No role now", top ? "" : "Nothing to do in this phase"];
    $("cue-word").textContent = word;
    $("cue-words").textContent = words;
    const round = roundWords(s);
    $("role").textContent = mine.length
      ? `You are ${mine.map((r) => r.name).join(" and ")}${round ? " · " + round : ""}`
      : round;
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
      if (s.round_holder === name && s.round_index !== null) turn = "Your turn is now: this round is yours";
      else if (mineAhead) turn = `Your turn: round ${mineAhead.round_index + 1}, ${about(left + mineAhead.starts_after_s)}`;
      else if (ahead.length) turn = "Your turn does not come in the rounds ahead";
      if (ahead.length) {
        const roles = ahead[0].roles.filter((r) => r.people.includes(name)).map((r) => r.name);
        next = `Round ${ahead[0].round_index + 1} (${about(left + ahead[0].starts_after_s)}): ` +
          (roles.length ? `you are ${roles.join(" and ")}` : "no role for you");
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
    source.addEventListener("open", () => status("Live", true));
    source.addEventListener("state", (event) => {
      const data = JSON.parse(event.data);
      heard(data.sent);
      snap = data;
      document.body.dataset.version = String(data.v);
      status("Live", true);
      draw();
    });
    source.addEventListener("beat", (event) => heard(JSON.parse(event.data).sent));
    source.addEventListener("error", () => {
      status("Reconnecting…", false);
      if (source.readyState === EventSource.CLOSED) retryTimer = setTimeout(connect, 3000);
    });
  }

  function watch() {
    if (mono() - heardAt > STALE_S) {
      status("Reconnecting…", false);
      connect(); // a silent connection (a phone woke up, the Wi-Fi changed): start again
    }
    drawClock();
  }

  if (page === "me") {
    $("change").addEventListener("click", () => { saveName(null); draw(); });
  }
  connect();
  setInterval(watch, 200);
  document.addEventListener("visibilitychange", () => { if (!document.hidden) watch(); });
})();
