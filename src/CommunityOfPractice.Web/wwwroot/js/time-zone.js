// Pre-fills time zone fields with the browser's IANA zone (the server cannot know it).
const fill = () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) return;
    for (const select of document.querySelectorAll('select[data-browser-time-zone]')) {
        if (select.dataset.filled) continue;
        select.dataset.filled = 'true';
        if (select.value === 'UTC' && [...select.options].some(o => o.value === zone)) {
            select.value = zone;
        }
    }
};
fill();
document.addEventListener('DOMContentLoaded', fill);
if (window.Blazor) { window.Blazor.addEventListener?.('enhancedload', fill); }
