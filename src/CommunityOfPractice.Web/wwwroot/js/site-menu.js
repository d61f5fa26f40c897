// A disclosure button (class "menu-toggle", aria-controls naming what it shows): the header's "Menu" on phones and
// tablets, the good practices' "Filters" on phones. It shows or hides its part (aria-expanded says which), and Escape
// folds it back with the focus on the button. Listening on the document keeps it working after
// Blazor's enhanced navigation replaces the header, which also folds the menu again on every new page.
function setOpen(toggle, open) {
    toggle.setAttribute("aria-expanded", String(open));
    document.getElementById(toggle.getAttribute("aria-controls"))?.classList.toggle("open", open);
}

document.addEventListener("click", event => {
    const toggle = event.target.closest(".menu-toggle");
    if (toggle) {
        setOpen(toggle, toggle.getAttribute("aria-expanded") !== "true");
    }
    // A dropdown (data-dismiss-outside: the account's links) folds when the person clicks anywhere else.
    for (const open of document.querySelectorAll('.menu-toggle[data-dismiss-outside][aria-expanded="true"]')) {
        if (open !== toggle && !document.getElementById(open.getAttribute("aria-controls"))?.contains(event.target)) {
            setOpen(open, false);
        }
    }
});

document.addEventListener("keydown", event => {
    const toggle = document.querySelector('.menu-toggle[aria-expanded="true"]');
    if (event.key === "Escape" && toggle) {
        setOpen(toggle, false);
        toggle.focus();
    }
});
