// A link to a post whose thread the first page did not show: once the room has loaded that thread, bring the post
// into view, unless the reader already sees it.
export function showPost(id) {
    const post = document.getElementById(id);
    if (!post) {
        return;
    }
    const box = post.getBoundingClientRect();
    if (box.top < 0 || box.top > window.innerHeight) {
        post.scrollIntoView({ block: "start" });
    }
}

// After posting, the keyboard (and a screen reader) is on the new post, not back at the top of the page.
export function focusPost(id) {
    const post = document.getElementById(id);
    if (!post) {
        return;
    }
    if (!post.hasAttribute("tabindex")) {
        post.setAttribute("tabindex", "-1");
    }
    post.focus({ preventScroll: true });
    const box = post.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
        post.scrollIntoView({ block: "center" });
    }
}

// "Reply" with words already in the box (a kept draft): the caret goes after them, where the member left off.
export function focusAtEnd(element) {
    element.focus();
    const end = element.value.length;
    element.setSelectionRange(end, end);
}

// The composer's Markdown toolbar: wraps the selection (or a placeholder word, selected for typing over) in the
// marks of bold, italic or a link, or starts each selected line as a list item or a quote. The textarea's "input"
// event tells the server, as typing does, so the draft and the preview follow.
const marks = {
    bold: ["**", "**"],
    italic: ["_", "_"],
    link: ["[", "](https://)"],
};

export function format(element, kind, placeholder) {
    const { selectionStart: start, selectionEnd: end, value } = element;
    let text;
    let selectFrom;
    let selectTo;
    if (kind in marks) {
        const [before, after] = marks[kind];
        const chosen = value.slice(start, end) || placeholder;
        text = value.slice(0, start) + before + chosen + after + value.slice(end);
        selectFrom = start + before.length;
        selectTo = selectFrom + chosen.length;
    } else {
        const prefix = kind === "quote" ? "> " : "- ";
        const lineStart = value.lastIndexOf("\n", start - 1) + 1;
        const block = value.slice(lineStart, end) || placeholder;
        const marked = block.split("\n").map(line => prefix + line).join("\n");
        const gap = lineStart > 0 && value[lineStart - 1] === "\n" && lineStart > 1 && value[lineStart - 2] !== "\n" ? "\n" : "";
        text = value.slice(0, lineStart) + gap + marked + value.slice(Math.max(end, lineStart));
        selectFrom = lineStart + gap.length;
        selectTo = selectFrom + marked.length;
    }
    element.value = text;
    element.focus();
    element.setSelectionRange(selectFrom, selectTo);
    element.dispatchEvent(new Event("input", { bubbles: true }));
}

// Posts that arrive while a member reads (li[data-arrived], marked by the room) never move the text under their eyes.
// The check runs in a MutationObserver, after Blazor put the post in the page and before the browser paints it:
// - a post that lands out of view (above: the browser's scroll anchoring keeps the view still; below) stays;
// - a post that lands in view at the end of the room (a new thread) stays: nothing it pushes down is being read;
// - a post that lands in view with posts after it (a reply in the middle of what is read) is held back, unpainted.
// The pill counts every arrived post not yet seen (held, or out of view) and jumps to the first of them, which takes
// the focus; posts scrolled into view count as seen. Each post counts once, however often Blazor puts it back
// (a thread folded and opened again).
const watching = new WeakSet();

export function watchArrivals(list, pill) {
    if (!list || !pill || watching.has(list)) {
        return;
    }
    watching.add(list);
    const handled = new Set();
    const unseen = new Set();
    // Seen: half of the post in view, or half of the screen filled by it (a post longer than the screen).
    const inView = new IntersectionObserver(entries => {
        for (const entry of entries) {
            const seen = entry.intersectionRatio >= 0.5 || entry.intersectionRect.height >= window.innerHeight / 2;
            if (entry.isIntersecting && seen && !entry.target.hasAttribute("data-held")) {
                unseen.delete(entry.target);
                inView.unobserve(entry.target);
            }
        }
        update();
    }, { threshold: [0, 0.25, 0.5, 0.75, 1] });

    function update() {
        for (const post of unseen) {
            if (!post.isConnected) {
                unseen.delete(post);
            }
        }
        pill.hidden = unseen.size === 0;
        pill.textContent = unseen.size === 1 ? pill.dataset.one : pill.dataset.many.replace("{0}", unseen.size);
    }

    function arrive(post) {
        const id = post.dataset.postId;
        if (handled.has(id)) {
            return;
        }
        handled.add(id);
        const box = post.getBoundingClientRect();
        const posts = list.querySelectorAll("li[data-post-id]");
        const last = posts[posts.length - 1];
        const landsInView = box.top < window.innerHeight && box.bottom > 0;
        if (landsInView && !(last === post || post.contains(last))) {
            post.setAttribute("data-held", "true");
        } else if (landsInView) {
            return;
        }
        unseen.add(post);
        inView.observe(post);
    }

    new MutationObserver(records => {
        for (const record of records) {
            for (const node of record.addedNodes) {
                if (node.nodeType !== Node.ELEMENT_NODE) {
                    continue;
                }
                if (node.matches("li[data-arrived]")) {
                    arrive(node);
                }
                node.querySelectorAll("li[data-arrived]").forEach(arrive);
            }
        }
        update();
    }).observe(list, { childList: true, subtree: true });

    // The jump: the held posts come in, and the member goes to the first post not yet seen; the pill counts on
    // down as the others come into view.
    pill.addEventListener("click", () => {
        const waiting = [...unseen].filter(post => post.isConnected);
        waiting.sort((a, b) => a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);
        for (const post of waiting) {
            post.removeAttribute("data-held");
        }
        if (waiting.length > 0) {
            unseen.delete(waiting[0]);
            inView.unobserve(waiting[0]);
            focusPost(waiting[0].id);
        }
        update();
    });
}
