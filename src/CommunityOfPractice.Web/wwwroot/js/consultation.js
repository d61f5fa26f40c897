// The consultation page's live support counts. The page is static: its <live-support-counts src="…"> element opens a
// stream of server-sent events (LiveSupportCountStream) that sends the shown section's counts at once, then each one
// that changes. No circuit is needed for it. The element is a custom element, so it connects wherever it appears, after
// an enhanced navigation too, and closes when it goes. The consultation page also loads this file as an async classic
// script in its head, so the element opens its stream while the rest of the page is still being parsed; the counts
// parsed after an event are brought up to date once the page is (hence the block: the file is both a classic script
// and a module, and declares nothing global).
{
    const counts = () => document.querySelectorAll("[data-testid=support-count][data-proposal]");

    // What the stream last said of each count, for the counts parsed after it said it.
    const latest = new Map();

    // [[proposalId, text], ...]: only the counts whose words changed are touched, so their aria-live region speaks once.
    const show = changes => {
        for (const [id, text] of changes) {
            latest.set(String(id), text);
        }
        for (const count of counts()) {
            const text = latest.get(count.dataset.proposal);
            if (text !== undefined && count.textContent !== text) {
                count.textContent = text;
            }
        }
    };

    // The stream is connected: every count on the page now follows the round (those still to be parsed once they are).
    const live = (element, on) => {
        element.dataset.live = on ? "on" : "off";
        for (const count of counts()) {
            count.dataset.live = element.dataset.live;
        }
        // As soon as the parse ends (readyState "interactive"), not at DOMContentLoaded, which also waits for the page's
        // deferred scripts and its stylesheets.
        if (document.readyState === "loading" && !element.catchUp) {
            element.catchUp = () => {
                if (document.readyState === "loading") {
                    return;
                }
                document.removeEventListener("readystatechange", element.catchUp);
                element.catchUp = null;
                show([]);
                live(element, element.dataset.live === "on");
            };
            document.addEventListener("readystatechange", element.catchUp);
        }
    };

    class LiveSupportCounts extends HTMLElement {
        static observedAttributes = ["src"];

        connectedCallback() {
            // Over HTTP/1.1 a browser keeps six connections to a site, for all its tabs: a tab in the background gives its
            // stream back, and takes it again (with every count) when it is shown.
            this.onVisibility = () => document.hidden ? this.disconnect() : this.connect();
            document.addEventListener("visibilitychange", this.onVisibility);
            if (!document.hidden) {
                this.connect();
            }
        }

        disconnectedCallback() {
            document.removeEventListener("visibilitychange", this.onVisibility);
            this.disconnect();
        }

        disconnect() {
            clearTimeout(this.retry);
            latest.clear();
            this.reading?.abort();
            this.reading = null;
        }

        // A new address (not the first one, which connectedCallback opens) moves the stream there.
        attributeChangedCallback(name, before) {
            if (before !== null && this.isConnected && !document.hidden) {
                this.connect();
            }
        }

        // The stream is read with fetch rather than EventSource: an EventSource is a low-priority request, which Chromium
        // holds back for a few hundred milliseconds while the page's own files load; a fetch can ask for high priority.
        async connect() {
            performance.mark("live-counts:connect");
            this.disconnect();
            const reading = new AbortController();
            this.reading = reading;
            try {
                const response = await fetch(this.getAttribute("src"), {
                    headers: { Accept: "text/event-stream" }, cache: "no-store", priority: "high", signal: reading.signal,
                });
                if (!response.ok) {
                    // Refused for good (a closed round, or no longer allowed): the counts stay as the page showed them.
                    live(this, false);
                    return;
                }
                performance.mark("live-counts:open");
                await this.read(response.body.pipeThrough(new TextDecoderStream()).getReader());
            } catch {
                // The network dropped or the stream was aborted: handled below.
            }
            if (reading.signal.aborted) {
                return;
            }
            // The server ended the stream (a node stopping) or the network dropped: the counts say they are no longer
            // live, and the stream is opened again (it sends every count again when it is).
            live(this, false);
            this.retry = setTimeout(() => this.connect(), 3000);
        }

        // Server-sent events: blocks separated by a blank line; only the "counts" events' data lines matter here.
        async read(reader) {
            let buffer = "";
            for (;;) {
                const { value, done } = await reader.read();
                if (done) {
                    return;
                }
                buffer += value.replaceAll("\r\n", "\n");
                let end;
                while ((end = buffer.indexOf("\n\n")) >= 0) {
                    const lines = buffer.slice(0, end).split("\n");
                    buffer = buffer.slice(end + 2);
                    const type = lines.find(line => line.startsWith("event:"))?.slice(6).trim() ?? "message";
                    const data = lines.filter(line => line.startsWith("data:")).map(line => line.slice(5).replace(/^ /, "")).join("\n");
                    if (type === "counts" && data) {
                        performance.mark("live-counts:counts");
                        show(JSON.parse(data));
                        live(this, true);
                    }
                }
            }
        }
    }

    if (!customElements.get("live-support-counts")) {
        customElements.define("live-support-counts", LiveSupportCounts);
    }
}
