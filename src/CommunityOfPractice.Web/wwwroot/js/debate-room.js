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
