// The consultation page's live support counts. The page is static: its <live-support-counts src="…"> element opens a
// stream of server-sent events (LiveSupportCountStream) that sends the shown section's counts at once, then each one
// that changes. No circuit is needed for it, so the counts are live as soon as the page is parsed. The element is a
// custom element, so it connects wherever it appears, after an enhanced navigation too, and closes when it goes.

const counts = () => document.querySelectorAll("[data-testid=support-count][data-proposal]");

// [[proposalId, text], ...]: only the counts whose words changed are touched, so their aria-live region speaks once.
function show(changes) {
    const byId = new Map(Array.from(counts(), count => [count.dataset.proposal, count]));
    for (const [id, text] of changes) {
        const count = byId.get(String(id));
        if (count && count.textContent !== text) {
            count.textContent = text;
        }
    }
}

// The stream is connected: every count on the page now follows the round.
function live(element, on) {
    element.dataset.live = on ? "on" : "off";
    for (const count of counts()) {
        count.dataset.live = element.dataset.live;
    }
}

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
        this.source?.close();
        this.source = null;
    }

    // A new address (not the first one, which connectedCallback opens) moves the stream there.
    attributeChangedCallback(name, before) {
        if (before !== null && this.isConnected && !document.hidden) {
            this.connect();
        }
    }

    connect() {
        performance.mark("live-counts:connect");
        this.source?.close();
        const source = new EventSource(this.getAttribute("src"));
        this.source = source;
        source.addEventListener("open", () => performance.mark("live-counts:open"));
        source.addEventListener("counts", event => {
            performance.mark("live-counts:counts");
            show(JSON.parse(event.data));
            live(this, true);
        });
        // The browser reconnects by itself (the stream sends every count again when it does); until then the counts
        // say they are no longer live. A stream refused for good (a closed round) stays closed.
        source.addEventListener("error", () => live(this, false));
    }
}

if (!customElements.get("live-support-counts")) {
    customElements.define("live-support-counts", LiveSupportCounts);
}
