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
