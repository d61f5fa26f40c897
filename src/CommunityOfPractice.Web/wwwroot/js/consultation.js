// The consultation page's live support counts. The page is static; one interactive part per page (LiveSupportCounts)
// hears the round's events and writes the counts here, so a page of a thousand proposals needs one subscription.

const counts = () => document.querySelectorAll("[data-testid=support-count][data-proposal]");

// The circuit is up: every count on the page now follows the round.
export function live() {
    for (const count of counts()) {
        count.dataset.live = "on";
    }
}

// [[proposalId, text], ...]: only the counts whose words changed are touched, so their aria-live region speaks once.
export function show(changes) {
    const byId = new Map(Array.from(counts(), count => [count.dataset.proposal, count]));
    for (const [id, text] of changes) {
        const count = byId.get(String(id));
        if (count && count.textContent !== text) {
            count.textContent = text;
        }
    }
}
