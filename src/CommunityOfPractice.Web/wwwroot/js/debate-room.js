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
