// Keeps "3 hours ago" current on every page: each minute, each <time data-relative> of the last seven days is told
// again in the page's language. Only the text node's value changes, so the node Blazor renders into stays the same.
const week = 7 * 24 * 3600;
const units = [["year", 365 * 24 * 3600], ["month", 30 * 24 * 3600], ["day", 24 * 3600], ["hour", 3600], ["minute", 60], ["second", 1]];

function tell(format, seconds) {
    for (const [unit, size] of units) {
        if (Math.abs(seconds) >= size || unit === "second") {
            return format.format(-Math.round(seconds / size), unit);
        }
    }
}

function refresh() {
    const format = new Intl.RelativeTimeFormat(document.documentElement.lang || "en", { numeric: "auto" });
    const now = Date.now();
    for (const time of document.querySelectorAll("time[data-relative]")) {
        const seconds = (now - Date.parse(time.dateTime)) / 1000;
        const text = time.firstChild;
        if (seconds < week && text && text.nodeType === Node.TEXT_NODE) {
            const words = tell(format, Math.max(seconds, 0));
            if (text.nodeValue !== words) {
                text.nodeValue = words;
            }
        }
    }
}

setInterval(refresh, 60_000);

// A static page's window countdown (TimeLeft rendered without a circuit): "Closes in 42 minutes", by the second in the
// last minute, then "Closed now". The words come from the page (data-opens-in, data-closes-in, data-closed: "Closes in
// {0}"), the durations from the browser's Intl in the page's language, cut as the server cuts them: days and hours from
// a day on, then hours, minutes in the last hour, seconds in the last minute.
const spanUnits = [["day", 24 * 3600], ["hour", 3600], ["minute", 60], ["second", 1]];

function span(language, seconds) {
    const whole = Math.max(Math.floor(seconds), 0);
    const first = spanUnits.findIndex(([unit, size]) => whole >= size || unit === "second");
    const shown = spanUnits[first][0] === "day" ? spanUnits.slice(0, 2) : spanUnits.slice(first, first + 1);
    const parts = [];
    let rest = whole;
    for (const [unit, size] of shown) {
        const count = Math.floor(rest / size);
        rest -= count * size;
        if (count > 0 || parts.length === 0) {
            parts.push(new Intl.NumberFormat(language, { style: "unit", unit, unitDisplay: "long" }).format(count));
        }
    }
    return parts.join(", ");
}

// Tells every countdown again; returns the seconds until one of them may change.
function countDown() {
    const language = document.documentElement.lang || "en";
    const now = Date.now();
    let next = 60;
    for (const left of document.querySelectorAll("[data-time-left]")) {
        const opens = Date.parse(left.dataset.opens);
        const closes = Date.parse(left.dataset.closes);
        const edge = now < opens ? opens : closes;
        const seconds = (edge - now) / 1000;
        const words = seconds > 0
            ? (now < opens ? left.dataset.opensIn : left.dataset.closesIn).replace("{0}", span(language, seconds))
            : left.dataset.closed.replace("{0}", new Intl.RelativeTimeFormat(language, { numeric: "auto" }).format(0, "second"));
        if (left.textContent !== words) {
            left.textContent = words;
        }
        if (seconds > 0) {
            next = Math.min(next, seconds <= 60 ? 1 : seconds <= 3600 ? 10 : 60, seconds);
        }
    }
    return next;
}

function tick() {
    setTimeout(tick, countDown() * 1000);
}

tick();
