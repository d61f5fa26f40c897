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
